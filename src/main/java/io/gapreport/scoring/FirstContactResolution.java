package io.gapreport.scoring;

import io.gapreport.scoring.FcrScore.Position;
import io.gapreport.survey.Benchmark;
import io.gapreport.survey.Questionnaire;

/** First-contact resolution of a channel, placed against the best and the rest. */
final class FirstContactResolution {

	private FirstContactResolution() {
	}

	static FcrScore score(String channel, int n, long resolved, Questionnaire questionnaire) {
		double rate = (double) resolved / n;
		Benchmark benchmark = questionnaire.benchmarkFor(channel).orElse(null);
		if (benchmark == null) {
			return new FcrScore(channel, n, rate, null, null, null);
		}
		Position position = (rate >= benchmark.best()) ? Position.BEST
				: (rate <= benchmark.rest()) ? Position.REST : Position.BETWEEN;
		return new FcrScore(channel, n, rate, benchmark.best(), benchmark.rest(), position);
	}

}
