package io.gapreport.scoring;

import org.jspecify.annotations.Nullable;

/**
 * Count, mean and sample variance of a stream of values, updated one value at a time
 * (Welford's method), so that no list of values is kept.
 */
final class Moments {

	private long n;

	private double mean;

	private double m2;

	void add(double value) {
		this.n++;
		double delta = value - this.mean;
		this.mean += delta / this.n;
		this.m2 += delta * (value - this.mean);
	}

	/** Adds {@code value} unless it is {@code NaN} ("not answered"). */
	void addIfAnswered(double value) {
		if (!Double.isNaN(value)) {
			add(value);
		}
	}

	/**
	 * The moments of the values of this stream that are not in {@code part}, a sub-stream
	 * of it (the parallel-combination formula run backwards): the rest of a workbook's
	 * customers once one unit's are taken out.
	 */
	Moments minus(Moments part) {
		var rest = new Moments();
		rest.n = this.n - part.n;
		if (rest.n <= 0) {
			rest.n = 0;
			return rest;
		}
		rest.mean = (this.n * this.mean - part.n * part.mean) / rest.n;
		double delta = part.mean - rest.mean;
		double m2 = this.m2 - part.m2 - delta * delta * part.n * rest.n / this.n;
		rest.m2 = Math.max(m2, 0);
		return rest;
	}

	long count() {
		return this.n;
	}

	@Nullable Double mean() {
		return (this.n > 0) ? this.mean : null;
	}

	/** Sample variance (n - 1); {@code NaN} below two values. */
	double variance() {
		return (this.n > 1) ? this.m2 / (this.n - 1) : Double.NaN;
	}

}
