package io.gapreport.chart;

import java.util.List;
import java.util.Locale;

/**
 * How a finding is shown, one palette for text and charts: red only for a proven
 * shortfall, amber for a lead to check, grey for no significant difference, blue for an
 * excess beyond chance. Charts draw the first four ({@link #CHARTED}); the report's text
 * also marks a value with no data and one with nothing to flag. The templates use
 * {@link #css()} as a class name.
 */
public enum Tone {

	/** Proven shortfall: its 95% interval lies below zero, on enough evidence (red). */
	SHORTFALL,
	/**
	 * A lead to check: a shortfall that rests on too few managers, visits or customers
	 * (amber outline).
	 */
	INDICATIVE,
	/** No significant difference: its interval reaches zero, or it has none (grey). */
	NO_DIFFERENCE,
	/** Exceeded: its interval lies above zero (blue). */
	EXCEEDED,
	/** No data (text only; a chart draws it as an empty slot). */
	NOT_MEASURED,
	/** Nothing to flag: a value without a test, not negative (text only). */
	PLAIN;

	/** The tones a chart colours and names in its legend, in legend order. */
	public static final List<Tone> CHARTED = List.of(SHORTFALL, INDICATIVE, NO_DIFFERENCE, EXCEEDED);

	/**
	 * The tone's CSS class name in the templates.
	 * @return the name in lower case, e.g. {@code no_difference}
	 */
	public String css() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The tone of a 95% interval: red only when it lies wholly below zero, blue when
	 * wholly above, grey when it reaches zero.
	 * @param low the interval's lower end
	 * @param high the interval's upper end
	 * @return the tone
	 */
	public static Tone ofInterval(double low, double high) {
		if (high < 0) {
			return SHORTFALL;
		}
		return (low > 0) ? EXCEEDED : NO_DIFFERENCE;
	}

}
