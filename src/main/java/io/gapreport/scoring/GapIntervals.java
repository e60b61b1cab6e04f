package io.gapreport.scoring;

import org.jspecify.annotations.Nullable;

/**
 * The 95% Welch intervals of the two gaps measured between groups of respondents, each
 * null when either group has fewer than two respondents with a mean.
 *
 * @param gap1 managers' mean expectation minus customers'
 * @param perception customers' mean perception minus managers'
 */
public record GapIntervals(@Nullable Interval gap1, @Nullable Interval perception) {

	static GapIntervals of(Moments customersE, Moments customersP, Moments managersE, Moments managersP) {
		return new GapIntervals(Welch.interval(managersE, customersE), Welch.interval(customersP, managersP));
	}

}
