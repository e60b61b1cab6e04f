package io.gapreport.chart;

import java.text.NumberFormat;
import java.util.Locale;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;

/**
 * Tick marks chosen from the data range: a step of 1, 2, 2.5 or 5 times a power of ten
 * that gives about five to eight ticks, printed with as many decimals as the step needs,
 * so no two tick labels read alike.
 *
 * @param step the distance between ticks
 * @param decimals the decimals each tick label needs
 */
record Ticks(double step, int decimals) {

	private static final double[] NICE = { 1, 2, 2.5, 5, 10 };

	/**
	 * The ticks for an axis from {@code low} to {@code high}.
	 * @param low the lower end
	 * @param high the upper end
	 * @param most the most ticks wanted
	 * @return the ticks
	 */
	static Ticks of(double low, double high, int most) {
		double span = high - low;
		if (!(span > 0)) {
			return new Ticks(1, 0);
		}
		double rough = span / most;
		double power = Math.pow(10, Math.floor(Math.log10(rough)));
		double step = power * 10;
		for (double nice : NICE) {
			if (nice * power >= rough) {
				step = nice * power;
				break;
			}
		}
		int decimals = Math.max(0, -(int) Math.floor(Math.log10(step) + 1e-9));
		// 2.5 × 10^k needs one more decimal than its power
		if (Math.abs(step / Math.pow(10, Math.floor(Math.log10(step) + 1e-9)) - 2.5) < 1e-9) {
			decimals++;
		}
		return new Ticks(step, decimals);
	}

	/**
	 * Sets an axis to a range with ticks of this kind.
	 * @param axis the axis
	 * @param low the lower end
	 * @param high the upper end
	 * @param format how labels are printed, with {@link #decimals()} decimals
	 */
	void apply(NumberAxis axis, double low, double high, NumberFormat format) {
		axis.setRange(low, high);
		axis.setNumberFormatOverride(format);
		axis.setTickUnit(new NumberTickUnit(this.step, format));
	}

	/**
	 * The plain tick label format (true minus sign) for this step.
	 * @param locale the locale
	 * @return the format
	 */
	NumberFormat format(Locale locale) {
		return ChartStyle.decimals(locale, this.decimals);
	}

}
