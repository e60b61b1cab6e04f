package io.gapreport.sample;

/**
 * What the {@code sample} command generates.
 *
 * @param clients how many clients, one workbook each
 * @param respondents customers per client
 * @param items questionnaire items, at least one per level
 * @param seed the random seed: the same seed gives the same workbooks
 * @param waves survey waves per client, quarterly, ending with 2026-Q3
 */
public record SampleSpec(int clients, int respondents, int items, long seed, int waves) {

	/** One wave per client. */
	public SampleSpec(int clients, int respondents, int items, long seed) {
		this(clients, respondents, items, seed, 1);
	}

	public SampleSpec {
		if (waves < 1 || waves > 8) {
			throw new IllegalArgumentException("--waves must be 1 to 8");
		}
		if (clients < 1 || clients > 100) {
			throw new IllegalArgumentException("--clients must be 1 to 100");
		}
		if (respondents < 1 || respondents > 1_000_000) {
			throw new IllegalArgumentException("--respondents must be 1 to 1000000");
		}
		if (items < 4 || items > QuestionBank.MAX_ITEMS) {
			throw new IllegalArgumentException(
					"--items must be 4 to " + QuestionBank.MAX_ITEMS + " (one per level at least)");
		}
	}

}
