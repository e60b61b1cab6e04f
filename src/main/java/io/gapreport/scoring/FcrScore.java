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

	/** Beyond this many customers a wave is not a survey any more: stop looking. */
	private static final int MOST_CUSTOMERS = 1_000_000;

	/**
	 * For a channel at or below the rest whose position is not proven: how many customers
	 * would prove it if the rate held, the smallest n whose Wilson interval at this rate
	 * lies below the rest; null when it is proven, not at the rest, or the rate equals
	 * the rest (no number of customers would prove it).
	 */
	public @Nullable Integer customersToProve() {
		if (this.position != Position.REST || this.rest == null || Boolean.TRUE.equals(this.proven)
				|| this.rate >= this.rest) {
			return null;
		}
		for (int customers = this.n + 1; customers <= MOST_CUSTOMERS; customers++) {
			if (FirstContactResolution.wilson(this.rate, customers).high() < this.rest) {
				return customers;
			}
		}
		return null;
	}

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
