package io.gapreport.scoring;

import org.jspecify.annotations.Nullable;

/**
 * The customer gap (perception minus expectation) of an item, a level or a group.
 *
 * @param n customers counted
 * @param mean mean of P - E; null when n = 0
 * @param ciLow lower end of the 95% Student-t interval; null when n &lt; 2
 * @param ciHigh upper end of the 95% Student-t interval; null when n &lt; 2
 * @param shareMet share of the n with P &ge; E; null when n = 0
 */
public record Gap5Score(int n, @Nullable Double mean, @Nullable Double ciLow, @Nullable Double ciHigh,
		@Nullable Double shareMet) {

	/** No customer answered. */
	public static final Gap5Score NOT_MEASURED = new Gap5Score(0, null, null, null, null);

	/** Whether the whole 95% interval lies below zero: a shortfall beyond chance. */
	public boolean isShortfall() {
		return this.ciHigh != null && this.ciHigh < 0;
	}

}
