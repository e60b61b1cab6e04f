package io.gapreport.scoring;

import org.apache.commons.math3.util.FastMath;
import org.jspecify.annotations.Nullable;

/**
 * Pearson's correlation of two variables, accumulated one pair at a time (co-moment
 * updates, so no pairs are kept).
 */
final class Correlation {

	private static final double Z95 = 1.959963984540054;

	private long n;

	private double meanX;

	private double meanY;

	private double m2x;

	private double m2y;

	private double cxy;

	/** Adds a pair unless either value is NaN. */
	void addIfBoth(double x, double y) {
		if (Double.isNaN(x) || Double.isNaN(y)) {
			return;
		}
		this.n++;
		double dx = x - this.meanX;
		this.meanX += dx / this.n;
		double dy = y - this.meanY;
		this.meanY += dy / this.n;
		this.m2x += dx * (x - this.meanX);
		this.m2y += dy * (y - this.meanY);
		this.cxy += dx * (y - this.meanY);
	}

	/** The correlation; null below 3 pairs or when either variable is constant. */
	@Nullable Double value() {
		if (this.n < 3 || this.m2x <= 0 || this.m2y <= 0) {
			return null;
		}
		return this.cxy / Math.sqrt(this.m2x * this.m2y);
	}

	/**
	 * The 95% interval of the correlation by Fisher's z-transformation: atanh(r) ± 1.96 /
	 * √(n − 3), transformed back; null below 4 pairs or without a correlation.
	 */
	@Nullable Interval interval() {
		Double r = value();
		if (r == null || this.n < 4) {
			return null;
		}
		double z = FastMath.atanh(Math.max(-1, Math.min(1, r)));
		double h = Z95 / Math.sqrt(this.n - 3);
		return new Interval(Math.tanh(z - h), Math.tanh(z + h));
	}

}
