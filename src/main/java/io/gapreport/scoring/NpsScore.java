package io.gapreport.scoring;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Net Promoter Score over customers with a valid likelihood-to-recommend answer.
 *
 * @param n customers with an answer
 * @param promoters customers answering 9 or 10
 * @param passives customers answering 7 or 8
 * @param detractors customers answering 0 to 6
 * @param score 100 * (share of promoters - share of detractors)
 * @param moe95 95% margin of error of the score in points; null when n &lt; 2
 * @param distribution number of customers per answer 0..10 (eleven entries)
 */
public record NpsScore(int n, int promoters, int passives, int detractors, double score, @Nullable Double moe95,
		List<Integer> distribution) {

	public NpsScore {
		distribution = List.copyOf(distribution);
		if (distribution.size() != 11) {
			throw new IllegalArgumentException("distribution needs one count per answer 0..10");
		}
	}

}
