package io.gapreport.scoring;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.jspecify.annotations.Nullable;

/**
 * Whether a change since the previous wave is larger than chance: Welch's t-test for the
 * overall customer gap (on each customer's own mean gap across levels), a two-sample
 * z-test for NPS (per-wave variance P + D - (P - D)^2).
 *
 * @param delta the change, current minus previous
 * @param p the two-sided p-value, or null when there is not enough data to test
 */
public record WaveChange(double delta, @Nullable Double p) {

	/** The level below which a change counts as larger than chance. */
	public static final double ALPHA = 0.05;

	/** Whether the change is larger than chance at {@link #ALPHA}. */
	public boolean significant() {
		return this.p != null && this.p < ALPHA;
	}

	/** The change in the overall customer gap, or null when either wave lacks it. */
	public static @Nullable WaveChange ofGap(TrendPoint previous, TrendPoint current) {
		if (previous.gap5() == null || current.gap5() == null) {
			return null;
		}
		double delta = current.gap5() - previous.gap5();
		if (previous.gapSd() == null || current.gapSd() == null || previous.customers() < 2
				|| current.customers() < 2) {
			return new WaveChange(delta, null);
		}
		double v1 = previous.gapSd() * previous.gapSd() / previous.customers();
		double v2 = current.gapSd() * current.gapSd() / current.customers();
		if (v1 + v2 == 0) {
			return new WaveChange(delta, (delta == 0) ? 1.0 : 0.0);
		}
		double t = delta / Math.sqrt(v1 + v2);
		double df = (v1 + v2) * (v1 + v2)
				/ (v1 * v1 / (previous.customers() - 1) + v2 * v2 / (current.customers() - 1));
		double p = 2 * (1 - new TDistribution(null, df).cumulativeProbability(Math.abs(t)));
		return new WaveChange(delta, p);
	}

	/** The change in NPS (in points), or null when either wave lacks it. */
	public static @Nullable WaveChange ofNps(TrendPoint previous, TrendPoint current) {
		if (previous.nps() == null || current.nps() == null) {
			return null;
		}
		double delta = current.nps() - previous.nps();
		if (previous.npsCustomers() < 2 || current.npsCustomers() < 2) {
			return new WaveChange(delta, null);
		}
		double se = 100
				* Math.sqrt(variance(previous) / previous.npsCustomers() + variance(current) / current.npsCustomers());
		if (se == 0) {
			return new WaveChange(delta, (delta == 0) ? 1.0 : 0.0);
		}
		double z = delta / se;
		return new WaveChange(delta, 2 * (1 - new NormalDistribution(null, 0, 1).cumulativeProbability(Math.abs(z))));
	}

	private static double variance(TrendPoint point) {
		double difference = point.promoters() - point.detractors();
		return point.promoters() + point.detractors() - difference * difference;
	}

}
