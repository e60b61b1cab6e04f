package io.gapreport.scoring;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.gapreport.survey.Level;
import org.jspecify.annotations.Nullable;

/** Level and overall figures derived from item scores. */
final class LevelScoring {

	private LevelScoring() {
	}

	static LevelScore score(Level level, List<ItemScore> items, Gap5Score gap5, GapIntervals intervals,
			@Nullable Double alpha) {
		var gaps = new GapSet(Means.ofNonNull(items, (item) -> item.gaps().gap1()),
				Means.ofNonNull(items, (item) -> item.gaps().gap2()),
				Means.ofNonNull(items, (item) -> item.gaps().gap3()),
				Means.ofNonNull(items, (item) -> item.gaps().gap4()),
				Means.ofNonNull(items, (item) -> item.gaps().perception()));
		return new LevelScore(level, items.size(), Means.ofNonNull(items, ItemScore::meanE),
				Means.ofNonNull(items, ItemScore::meanP), gap5, gaps, intervals, alpha, LevelStatus.of(gap5),
				Means.ofNonNull(items, ItemScore::managerMeanE), Means.ofNonNull(items, ItemScore::managerMeanP));
	}

	static GapSet overallGaps(Collection<LevelScore> levels) {
		return new GapSet(Means.ofNonNull(levels, (level) -> level.gaps().gap1()),
				Means.ofNonNull(levels, (level) -> level.gaps().gap2()),
				Means.ofNonNull(levels, (level) -> level.gaps().gap3()),
				Means.ofNonNull(levels, (level) -> level.gaps().gap4()),
				Means.ofNonNull(levels, (level) -> level.gaps().perception()));
	}

	/** The first level, in pyramid order, that falls short; null when none does. */
	static @Nullable Level priority(Map<Level, LevelScore> levels) {
		for (Level level : Level.values()) {
			if (levels.get(level).status() == LevelStatus.SHORTFALL) {
				return level;
			}
		}
		return null;
	}

}
