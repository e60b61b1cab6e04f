package io.gapreport.scoring;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/** Net Promoter Score from the count of answers per score 0..10. */
final class Nps {

	private Nps() {
	}

	static @Nullable NpsScore of(int[] answers) {
		int n = Arrays.stream(answers).sum();
		if (n == 0) {
			return null;
		}
		int detractors = Arrays.stream(answers, 0, 7).sum();
		int passives = answers[7] + answers[8];
		int promoters = answers[9] + answers[10];
		double p = (double) promoters / n;
		double d = (double) detractors / n;
		Double moe = (n < 2) ? null : 1.96 * 100 * Math.sqrt((p + d - (p - d) * (p - d)) / n);
		return new NpsScore(n, promoters, passives, detractors, 100 * (p - d), moe,
				Arrays.stream(answers).boxed().toList());
	}

}
