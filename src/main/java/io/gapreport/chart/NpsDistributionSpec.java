package io.gapreport.chart;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How many respondents gave each recommendation score from 0 to 10, coloured as
 * detractors (0–6), passives (7–8) and promoters (9–10) in neutral category colours; the
 * legend names only groups somebody is in.
 *
 * @param title the title, blank for none
 * @param scoreAxisLabel the label under the scores
 * @param countAxisLabel the label of the count axis
 * @param counts eleven counts, for scores 0 to 10
 * @param groups the legend texts of the three groups
 * @param locale the number format locale
 */
public record NpsDistributionSpec(String title, String scoreAxisLabel, String countAxisLabel, List<Integer> counts,
		Groups groups, Locale locale) implements ChartSpec {

	/** The number of possible scores, 0 to 10. */
	public static final int SCORES = 11;

	public NpsDistributionSpec {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(groups, "groups");
		Objects.requireNonNull(locale, "locale");
		counts = List.copyOf(counts);
		if (counts.size() != SCORES || counts.stream().anyMatch((count) -> count < 0)) {
			throw new IllegalArgumentException("Expected 11 non-negative counts for scores 0..10 but got " + counts);
		}
	}

	/**
	 * Legend texts of the three NPS groups.
	 *
	 * @param detractors scores 0 to 6
	 * @param passives scores 7 and 8
	 * @param promoters scores 9 and 10
	 */
	public record Groups(String detractors, String passives, String promoters) {

		public Groups {
			Objects.requireNonNull(detractors, "detractors");
			Objects.requireNonNull(passives, "passives");
			Objects.requireNonNull(promoters, "promoters");
		}

	}

}
