package io.gapreport.scoring;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.gapreport.survey.Engagement;
import io.gapreport.survey.Level;
import org.jspecify.annotations.Nullable;

/**
 * Every number of one engagement's report, unrounded, as {@code scoring.md} defines them.
 *
 * @param engagement the engagement scored
 * @param counts how much data the scores rest on
 * @param gaps overall gaps 1 to 4 and perception: means of the non-null level values
 * @param intervals 95% intervals of gaps 1 to 4 and the perception gap over all items,
 * centred on the overall values
 * @param gap5 overall customer gap: mean of the non-null level gap5 means
 * @param overallGap5 the customer gap over each customer's own mean across levels, with
 * its 95% interval; its mean equals {@code gap5} when every customer answered every level
 * @param weightedGap5 weighted SERVQUAL score, or null unless every item has a weight
 * @param priorityLevel the level of the first level action (the foundation's larger
 * shortfall first); or null when no level falls short
 * @param levels all four levels, in pyramid order
 * @param items every item, in workbook order
 * @param nps the NPS, or null when no customer answered it
 * @param fcr first-contact resolution per channel, in order of first appearance
 * @param breakdowns segments then channels, each in order of first appearance
 * @param trend this client's earlier reported waves, oldest first, then this wave
 * @param nextSteps evidence, actions and what to collect next
 * @param importanceBasis where the items' importance comes from
 * @param voice what customers said: quotes and themes ({@code voice.md})
 */
public record Scores(Engagement engagement, Counts counts, GapSet gaps, GapIntervals intervals, @Nullable Double gap5,
		Gap5Score overallGap5, @Nullable Double weightedGap5, @Nullable Level priorityLevel,
		Map<Level, LevelScore> levels, List<ItemScore> items, @Nullable NpsScore nps, List<FcrScore> fcr,
		List<Breakdown> breakdowns, List<TrendPoint> trend, NextSteps nextSteps, ImportanceBasis importanceBasis,
		Voice voice) {

	public Scores {
		levels = Collections.unmodifiableMap(new EnumMap<>(levels));
		items = List.copyOf(items);
		fcr = List.copyOf(fcr);
		breakdowns = List.copyOf(breakdowns);
		trend = List.copyOf(trend);
		if (trend.isEmpty()) {
			throw new IllegalArgumentException("the trend ends with this wave");
		}
	}

	/** The scores of {@code level}. */
	public LevelScore level(Level level) {
		return this.levels.get(level);
	}

	/** What the overall value and interval of {@code gap} show ({@code gaps.status}). */
	public LevelStatus gapStatus(Gap gap) {
		return LevelStatus.of(gap.of(this.gaps), this.intervals.of(gap));
	}

	/** This wave's trend point: the last of the trend. */
	public TrendPoint trendPoint() {
		return this.trend.getLast();
	}

	/** The same scores with another trend. */
	public Scores withTrend(List<TrendPoint> trend) {
		return new Scores(this.engagement, this.counts, this.gaps, this.intervals, this.gap5, this.overallGap5,
				this.weightedGap5, this.priorityLevel, this.levels, this.items, this.nps, this.fcr, this.breakdowns,
				trend, this.nextSteps, this.importanceBasis, this.voice);
	}

}
