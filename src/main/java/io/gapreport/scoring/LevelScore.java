package io.gapreport.scoring;

import io.gapreport.survey.Level;
import org.jspecify.annotations.Nullable;

/**
 * The scores of one expectation level.
 *
 * @param level the level
 * @param items number of questionnaire items measuring it
 * @param meanE mean of the items' mean expectations
 * @param meanP mean of the items' mean perceptions
 * @param gap5 the customer gap over per-customer level means
 * @param gaps gaps 1 to 4 and perception: means of the items' non-null values
 * @param alpha Cronbach's alpha of the level's perception items, or null
 * @param intervals 95% intervals of gaps 1 to 4 and the perception gap, centred on the
 * level's values
 * @param status shortfall, no difference, exceeded or not measured
 * @param managerMeanE mean of the items' mean management expectations, or null
 * @param managerMeanP mean of the items' mean management perceptions, or null
 */
public record LevelScore(Level level, int items, @Nullable Double meanE, @Nullable Double meanP, Gap5Score gap5,
		GapSet gaps, GapIntervals intervals, @Nullable Double alpha, LevelStatus status, @Nullable Double managerMeanE,
		@Nullable Double managerMeanP) {

	/** What the level's value and interval of {@code gap} show ({@code gap_status}). */
	public LevelStatus gapStatus(Gap gap) {
		return LevelStatus.of(gap.of(this.gaps), this.intervals.of(gap));
	}

}
