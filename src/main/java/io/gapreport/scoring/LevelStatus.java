package io.gapreport.scoring;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What the data show about an expectation level's customer gap, or about any other gap
 * ({@code gap_status}): a shortfall beyond chance, an excess beyond chance, or no
 * difference that chance could not explain. A negative gap whose interval reaches zero is
 * {@link #NO_DIFFERENCE}, never "met".
 */
public enum LevelStatus {

	/** The 95% interval of the gap lies wholly below zero. */
	SHORTFALL,
	/**
	 * The interval reaches zero, or there is none (a single respondent): no proven
	 * difference.
	 */
	NO_DIFFERENCE,
	/** The 95% interval lies wholly above zero. */
	EXCEEDED,
	/** Not measured: no customer answered the level's items, or the gap has no value. */
	NOT_MEASURED;

	/** The status as written in scores.json, e.g. {@code no_difference}. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The status of a gap with its interval: {@link #NOT_MEASURED} without a value,
	 * {@link #NO_DIFFERENCE} when the interval reaches zero or is missing.
	 */
	public static LevelStatus of(@Nullable Double value, @Nullable Interval interval) {
		if (value == null) {
			return NOT_MEASURED;
		}
		if (interval == null) {
			return NO_DIFFERENCE;
		}
		return interval.below0() ? SHORTFALL : interval.above0() ? EXCEEDED : NO_DIFFERENCE;
	}

	static LevelStatus of(Gap5Score gap5) {
		if (gap5.n() == 0) {
			return NOT_MEASURED;
		}
		if (gap5.isShortfall()) {
			return SHORTFALL;
		}
		return (gap5.ciLow() != null && gap5.ciLow() > 0) ? EXCEEDED : NO_DIFFERENCE;
	}

}
