package io.gapreport.scoring;

import org.jspecify.annotations.Nullable;

/**
 * A unit against the rest of the organisation: the difference of the means (unit minus
 * rest) with its 95% interval and what it shows.
 *
 * @param diff the unit's mean minus the rest's
 * @param low lower end of the 95% interval
 * @param high upper end
 * @param status below, no difference or above, from the interval alone
 */
public record VsRest(double diff, double low, double high, Standing status) {

	/**
	 * The unit's values against the rest's, with Welch's interval (as {@code gap1_ci});
	 * null when either side has fewer than 2 values.
	 */
	static @Nullable VsRest welch(Moments unit, Moments rest) {
		Double halfWidth = HalfWidth.welch(unit, rest);
		if (halfWidth == null) {
			return null;
		}
		return of(unit.mean() - rest.mean(), halfWidth);
	}

	/**
	 * The unit's NPS against the rest's: diff ∓ 1.96 · 100 · √(v_u/n_u + v_r/n_r), with v
	 * = P + D − (P − D)²; null when either side has fewer than 2 answers.
	 * @param unit the unit's answers per score 0..10
	 * @param rest the rest's answers per score 0..10
	 */
	static @Nullable VsRest nps(int[] unit, int[] rest) {
		NpsScore u = Nps.of(unit);
		NpsScore r = Nps.of(rest);
		if (u == null || r == null || u.n() < 2 || r.n() < 2) {
			return null;
		}
		double halfWidth = 1.96 * 100 * Math.sqrt(spread(u) / u.n() + spread(r) / r.n());
		return of(u.score() - r.score(), halfWidth);
	}

	private static double spread(NpsScore nps) {
		double p = (double) nps.promoters() / nps.n();
		double d = (double) nps.detractors() / nps.n();
		return p + d - (p - d) * (p - d);
	}

	private static VsRest of(double diff, double halfWidth) {
		var interval = new Interval(diff - halfWidth, diff + halfWidth);
		return new VsRest(diff, interval.low(), interval.high(), Standing.of(interval));
	}

}
