package io.gapreport.scoring;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * First-contact resolution of one channel against the best and the rest.
 *
 * @param channel the channel, lower-case
 * @param n customers of the channel who said whether their problem was solved
 * @param rate share solved at the first contact
 * @param best the leaders' rate, or null without a benchmark
 * @param rest everyone else's rate, or null without a benchmark
 * @param position where the rate stands, or null without a benchmark
 * @param ciLow lower end of the rate's 95% Wilson interval
 * @param ciHigh upper end of the rate's 95% Wilson interval
 * @param proven whether the whole interval lies within the position's range; null without
 * a benchmark. A position that is not proven is a lead to check.
 */
public record FcrScore(String channel, int n, double rate, @Nullable Double best, @Nullable Double rest,
		@Nullable Position position, double ciLow, double ciHigh, @Nullable Boolean proven) {

	/** Where a channel's rate stands against the benchmark. */
	public enum Position {

		/** At or above the leaders' rate. */
		BEST,
		/** Between the rest and the leaders. */
		BETWEEN,
		/** At or below the rest. */
		REST;

		/** The position as written in scores.json. */
		public String key() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}
