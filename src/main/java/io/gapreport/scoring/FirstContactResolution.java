package io.gapreport.scoring;

import io.gapreport.scoring.FcrScore.Position;
import io.gapreport.survey.Benchmark;
import io.gapreport.survey.Questionnaire;

/**
 * First-contact resolution of a channel, with its 95% Wilson interval, placed against the
 * best and the rest.
 */
final class FirstContactResolution {

	private static final double Z = 1.96;

	private FirstContactResolution() {
	}

	static FcrScore score(String channel, int n, long resolved, Questionnaire questionnaire) {
		double rate = (double) resolved / n;
		Interval wilson = wilson(rate, n);
		Benchmark benchmark = questionnaire.benchmarkFor(channel).orElse(null);
		if (benchmark == null) {
			return new FcrScore(channel, n, rate, null, null, null, wilson.low(), wilson.high(), null);
		}
		Position position = (rate >= benchmark.best()) ? Position.BEST
				: (rate <= benchmark.rest()) ? Position.REST : Position.BETWEEN;
		return new FcrScore(channel, n, rate, benchmark.best(), benchmark.rest(), position, wilson.low(), wilson.high(),
				proven(position, wilson, benchmark));
	}

	/**
	 * The 95% Wilson score interval of a share {@code p} of {@code n}: unlike p +- 1.96
	 * SE it stays within 0..1 and does not shrink to nothing at 0 or 100%.
	 */
	static Interval wilson(double p, int n) {
		double z2 = Z * Z;
		double denominator = 1 + z2 / n;
		double centre = (p + z2 / (2.0 * n)) / denominator;
		double half = Z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
		// the interval holds p; at p = 0 or 1 rounding could leave it a hair outside
		return new Interval(Math.min(p, Math.max(0, centre - half)), Math.max(p, Math.min(1, centre + half)));
	}

	private static boolean proven(Position position, Interval interval, Benchmark benchmark) {
		return switch (position) {
			case REST -> interval.high() < benchmark.rest();
			case BEST -> interval.low() >= benchmark.best();
			case BETWEEN -> interval.low() > benchmark.rest() && interval.high() < benchmark.best();
		};
	}

}
