package io.gapreport.scoring;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Collects perception-minus-expectation differences and turns them into a
 * {@link Gap5Score}: mean, 95% Student-t interval and the share with P &ge; E.
 */
final class Gap5Accumulator {

	private final Moments moments = new Moments();

	private long met;

	void add(double difference) {
		this.moments.add(difference);
		if (difference >= 0) {
			this.met++;
		}
	}

	long count() {
		return this.moments.count();
	}

	/** Sample standard deviation; {@code NaN} below two values. */
	double standardDeviation() {
		return Math.sqrt(this.moments.variance());
	}

	Gap5Score score() {
		long n = this.moments.count();
		if (n == 0) {
			return Gap5Score.NOT_MEASURED;
		}
		double mean = this.moments.mean();
		double share = (double) this.met / n;
		if (n < 2) {
			return new Gap5Score((int) n, mean, null, null, share);
		}
		double halfWidth = tQuantile975(n - 1) * Math.sqrt(this.moments.variance() / n);
		return new Gap5Score((int) n, mean, mean - halfWidth, mean + halfWidth, share);
	}

	static double tQuantile975(long degreesOfFreedom) {
		return new TDistribution(null, degreesOfFreedom).inverseCumulativeProbability(0.975);
	}

}
