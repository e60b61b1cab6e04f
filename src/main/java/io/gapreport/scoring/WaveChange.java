package io.gapreport.scoring;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import io.gapreport.survey.Level;
import org.jspecify.annotations.Nullable;

/**
 * Whether a change since the previous wave is larger than chance: Welch's t-test for the
 * overall customer gap (on each customer's own mean gap across levels) and for each
 * level's (on each customer's own level gap), a two-sample z-test for NPS (per-wave
 * variance P + D - (P - D)^2); and the 95% margins a trend chart draws around each wave.
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
		return ofMeans(current.gap5() - previous.gap5(), previous.gapSd(), previous.customers(), current.gapSd(),
				current.customers());
	}

	/**
	 * The change in one level's customer gap, tested as the overall one on the customers'
	 * own level gaps; null when either wave lacks the level.
	 */
	public static @Nullable WaveChange ofLevel(TrendPoint previous, TrendPoint current, Level level) {
		TrendPoint.LevelGap before = previous.levels().get(level);
		TrendPoint.LevelGap now = current.levels().get(level);
		if (before == null || now == null) {
			return null;
		}
		return ofMeans(now.mean() - before.mean(), before.sd(), before.n(), now.sd(), now.n());
	}

	/** Welch's t-test of a difference of two means from their spreads and counts. */
	private static WaveChange ofMeans(double delta, @Nullable Double sd1, int n1, @Nullable Double sd2, int n2) {
		if (sd1 == null || sd2 == null || n1 < 2 || n2 < 2) {
			return new WaveChange(delta, null);
		}
		double v1 = sd1 * sd1 / n1;
		double v2 = sd2 * sd2 / n2;
		if (v1 + v2 == 0) {
			return new WaveChange(delta, (delta == 0) ? 1.0 : 0.0);
		}
		double t = delta / Math.sqrt(v1 + v2);
		double df = (v1 + v2) * (v1 + v2) / (v1 * v1 / (n1 - 1) + v2 * v2 / (n2 - 1));
		double p = 2 * (1 - new TDistribution(null, df).cumulativeProbability(Math.abs(t)));
		return new WaveChange(delta, p);
	}

	/**
	 * The 95% half-width of a wave's overall customer gap (Student's t on the customers'
	 * own gaps), or null without a spread.
	 */
	public static @Nullable Double gapHalfWidth(TrendPoint point) {
		if (point.gapSd() == null || point.customers() < 2) {
			return null;
		}
		return new TDistribution(null, point.customers() - 1).inverseCumulativeProbability(0.975) * point.gapSd()
				/ Math.sqrt(point.customers());
	}

	/** The 95% margin of a wave's NPS in points, or null below 2 answers. */
	public static @Nullable Double npsMargin(TrendPoint point) {
		if (point.nps() == null || point.npsCustomers() < 2) {
			return null;
		}
		return 1.96 * 100 * Math.sqrt(variance(point) / point.npsCustomers());
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
