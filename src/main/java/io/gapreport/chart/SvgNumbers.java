package io.gapreport.chart;

/**
 * Numbers as an SVG drawing writes them: to a fixed number of decimals, trailing zeros
 * dropped. A chart in points needs no more than a hundredth of a point; JFreeSVG's
 * default (every double's shortest exact form) wrote twice the characters and spent a
 * fifth of the drawing's time doing so.
 */
final class SvgNumbers {

	private static final long[] POWERS = { 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000 };

	private SvgNumbers() {
	}

	/**
	 * {@code value} rounded to {@code decimals} places (at most 6), without trailing
	 * zeros: {@code 12.5}, {@code -0.25}, {@code 3}; what is not finite as Java writes
	 * it.
	 */
	static String format(double value, int decimals) {
		if (decimals < 0 || decimals >= POWERS.length) {
			throw new IllegalArgumentException("0 to 6 decimals, not " + decimals);
		}
		if (!Double.isFinite(value) || Math.abs(value) >= 1e12) {
			return Double.toString(value);
		}
		long scale = POWERS[decimals];
		long scaled = Math.round(Math.abs(value) * scale);
		if (scaled == 0) {
			return "0";
		}
		StringBuilder text = new StringBuilder(16);
		if (value < 0) {
			text.append('-');
		}
		text.append(scaled / scale);
		long fraction = scaled % scale;
		if (fraction != 0) {
			int places = decimals;
			while (fraction % 10 == 0) {
				fraction /= 10;
				places--;
			}
			text.append('.');
			String digits = Long.toString(fraction);
			text.repeat('0', places - digits.length()).append(digits);
		}
		return text.toString();
	}

}
