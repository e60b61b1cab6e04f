package io.gapreport.scoring;

import org.apache.commons.math3.distribution.TDistribution;
import org.jspecify.annotations.Nullable;

/**
 * The 95% Welch interval for the difference between two groups' means, with
 * Welch-Satterthwaite degrees of freedom.
 */
final class Welch {

	private Welch() {
	}

	/**
	 * The interval of {@code mean(a) - mean(b)}; zero width when both variances are 0;
	 * null when either group has fewer than 2 values.
	 */
	static @Nullable Interval interval(Moments a, Moments b) {
		if (a.count() < 2 || b.count() < 2) {
			return null;
		}
		double difference = a.mean() - b.mean();
		double va = a.variance() / a.count();
		double vb = b.variance() / b.count();
		if (va + vb == 0) {
			return new Interval(difference, difference);
		}
		double df = (va + vb) * (va + vb) / (va * va / (a.count() - 1) + vb * vb / (b.count() - 1));
		double halfWidth = new TDistribution(null, df, 1e-15).inverseCumulativeProbability(0.975) * Math.sqrt(va + vb);
		return new Interval(difference - halfWidth, difference + halfWidth);
	}

}
