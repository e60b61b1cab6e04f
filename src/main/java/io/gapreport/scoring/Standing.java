package io.gapreport.scoring;

import java.util.Locale;

/**
 * Where a unit stands against the rest of the organisation: below or above it when the
 * 95% interval of the difference lies wholly on one side of zero, else no difference that
 * chance could not explain.
 */
public enum Standing {

	/** The interval of unit minus rest lies below zero. */
	BELOW,
	/** The interval reaches zero. */
	NO_DIFFERENCE,
	/** The interval lies above zero. */
	ABOVE;

	/** The standing as written in scores.json, e.g. {@code no_difference}. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Standing of(Interval interval) {
		return interval.below0() ? BELOW : interval.above0() ? ABOVE : NO_DIFFERENCE;
	}

}
