package io.gapreport.chart;

/**
 * What a figure has shown, and so the one colour it is drawn in: the report's palette
 * gives red to a proven shortfall only.
 */
public enum Tone {

	/** Proven shortfall: its 95% interval lies below zero (red). */
	SHORTFALL,
	/**
	 * A lead to check: it rests on fewer managers or visits than needed (amber outline).
	 */
	INDICATIVE,
	/** No significant difference: its interval reaches zero, or it has none (grey). */
	NO_DIFFERENCE,
	/** Exceeded: its interval lies above zero (blue). */
	EXCEEDED;

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
