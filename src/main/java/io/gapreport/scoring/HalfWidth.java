package io.gapreport.scoring;

import org.apache.commons.math3.distribution.TDistribution;
import org.jspecify.annotations.Nullable;

/**
 * Half-widths of 95% intervals, to be centred on the value a reader sees beside them:
 * Welch's for a difference between two groups of respondents, Student's for the mean of
 * one group.
 */
final class HalfWidth {

	private HalfWidth() {
	}

	/**
	 * Welch's half-width for {@code mean(a) - mean(b)}, with Welch-Satterthwaite degrees
	 * of freedom: 0 when both variances are 0; null when either group has fewer than 2
	 * values.
	 */
	static @Nullable Double welch(Moments a, Moments b) {
		if (a.count() < 2 || b.count() < 2) {
			return null;
		}
		double va = a.variance() / a.count();
		double vb = b.variance() / b.count();
		if (va + vb == 0) {
			return 0.0;
		}
		double df = (va + vb) * (va + vb) / (va * va / (a.count() - 1) + vb * vb / (b.count() - 1));
		return quantile975(df) * Math.sqrt(va + vb);
	}

	/**
	 * Student's half-width for the mean of {@code values}, t(0.975, n - 1) * s / sqrt(n):
	 * 0 when every value is equal; null below 2 values.
	 */
	static @Nullable Double student(Moments values) {
		if (values.count() < 2) {
			return null;
		}
		double variance = values.variance();
		if (variance == 0) {
			return 0.0;
		}
		return quantile975(values.count() - 1) * Math.sqrt(variance / values.count());
	}

	/**
	 * t(0.975, df), solved to 1e-15: with one or two degrees of freedom the quantile is
	 * steep, and the default accuracy would show in the ninth decimal of a bound.
	 */
	private static double quantile975(double degreesOfFreedom) {
		return new TDistribution(null, degreesOfFreedom, 1e-15).inverseCumulativeProbability(0.975);
	}

}
