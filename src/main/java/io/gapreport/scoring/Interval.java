package io.gapreport.scoring;

import org.jspecify.annotations.Nullable;

/**
 * A 95% interval of a difference.
 *
 * @param low lower end
 * @param high upper end
 */
public record Interval(double low, double high) {

	/** Whether the whole interval lies below zero: a shortfall beyond chance. */
	public boolean below0() {
		return this.high < 0;
	}

	/** Whether the whole interval lies above zero. */
	public boolean above0() {
		return this.low > 0;
	}

	/**
	 * The interval {@code value +- halfWidth}, centred on the value a reader sees beside
	 * it; null when either is missing.
	 */
	static @Nullable Interval around(@Nullable Double value, @Nullable Double halfWidth) {
		return (value != null && halfWidth != null) ? new Interval(value - halfWidth, value + halfWidth) : null;
	}

}
