package io.gapreport.scoring;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import io.gapreport.survey.Level;
import org.jspecify.annotations.Nullable;

/** Level and overall figures derived from item scores. */
final class LevelScoring {

	private LevelScoring() {
	}

	/**
	 * @param intervals the level's gap intervals, centred on the values given
	 */
	static LevelScore score(Level level, List<ItemScore> items, Gap5Score gap5,
			Function<GapSet, GapIntervals> intervals, @Nullable Double alpha) {
		var gaps = new GapSet(Means.ofNonNull(items, (item) -> item.gaps().gap1()),
				Means.ofNonNull(items, (item) -> item.gaps().gap2()),
				Means.ofNonNull(items, (item) -> item.gaps().gap3()),
				Means.ofNonNull(items, (item) -> item.gaps().gap4()),
				Means.ofNonNull(items, (item) -> item.gaps().perception()));
		return new LevelScore(level, items.size(), Means.ofNonNull(items, ItemScore::meanE),
				Means.ofNonNull(items, ItemScore::meanP), gap5, gaps, intervals.apply(gaps), alpha,
				LevelStatus.of(gap5), Means.ofNonNull(items, ItemScore::managerMeanE),
				Means.ofNonNull(items, ItemScore::managerMeanP));
	}

	static GapSet overallGaps(Collection<LevelScore> levels) {
		return new GapSet(Means.ofNonNull(levels, (level) -> level.gaps().gap1()),
				Means.ofNonNull(levels, (level) -> level.gaps().gap2()),
				Means.ofNonNull(levels, (level) -> level.gaps().gap3()),
				Means.ofNonNull(levels, (level) -> level.gaps().gap4()),
				Means.ofNonNull(levels, (level) -> level.gaps().perception()));
	}

	/**
	 * The level of the first level action (the foundation's larger shortfall first); null
	 * when no level falls short.
	 */
	static @Nullable Level priority(List<Action> actions) {
		return actions.stream()
			.filter(Action.LevelShortfall.class::isInstance)
			.map((action) -> ((Action.LevelShortfall) action).level())
			.findFirst()
			.orElse(null);
	}

}
