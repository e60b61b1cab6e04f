package io.gapreport.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.gapreport.survey.Level;
import org.jspecify.annotations.Nullable;

/**
 * What the report tells the client to act on, and what the next wave should collect, as
 * {@code scoring.md} orders them: the foundation's falling levels (the larger shortfall
 * first), its proven questions whose level holds, the upper levels, gaps 1 to 4 and the
 * perception gap, then channels that solve no more problems at the first contact than the
 * rest.
 */
final class Findings {

	private static final int EVIDENCE_CODES = 3;

	private static final double TIE = 1e-9;

	private static final List<Level> FOUNDATION = List.of(Level.ACCURACY, Level.AVAILABILITY);

	private Findings() {
	}

	static List<Action> actions(Map<Level, LevelScore> levels, List<ItemScore> items, GapSet gaps,
			GapIntervals intervals, Evidence management, Evidence audits, List<FcrScore> fcr) {
		List<Action> actions = new ArrayList<>(levelShortfalls(levels, items, true));
		for (Level level : FOUNDATION) {
			if (levels.get(level).status() != LevelStatus.SHORTFALL) {
				List<ItemScore> proven = items.stream()
					.filter((item) -> item.question().level() == level && item.gap5().isShortfall())
					.toList();
				ordered(proven, (item) -> item.gap5().mean(), (item) -> item.question().code())
					.forEach((item) -> actions
						.add(new Action.QuestionShortfall(item.question().code(), level, item.gap5().mean())));
			}
		}
		actions.addAll(levelShortfalls(levels, items, false));
		for (Gap gap : Gap.values()) {
			Double value = gap.of(gaps);
			Interval interval = intervals.of(gap);
			if (value == null || (interval != null && !interval.below0()) || (interval == null && value >= 0)) {
				continue;
			}
			Evidence evidence = gap.restsOnAudits() ? audits : management;
			boolean indicative = interval == null || evidence != Evidence.SUFFICIENT;
			actions.add(new Action.GapShortfall(gap, value, worst(items, (item) -> gap.of(item.gaps())), indicative));
		}
		List<FcrScore> rest = fcr.stream().filter((channel) -> channel.position() == FcrScore.Position.REST).toList();
		ordered(rest, FcrScore::rate, FcrScore::channel)
			.forEach((channel) -> actions.add(new Action.FcrShortfall(channel)));
		return List.copyOf(actions);
	}

	/**
	 * The falling levels of the foundation, or of the upper levels; the larger shortfall
	 * first.
	 */
	private static List<Action> levelShortfalls(Map<Level, LevelScore> levels, List<ItemScore> items,
			boolean foundation) {
		List<LevelScore> falling = levels.values()
			.stream()
			.filter((level) -> FOUNDATION.contains(level.level()) == foundation
					&& level.status() == LevelStatus.SHORTFALL)
			.toList();
		return ordered(falling, (level) -> level.gap5().mean(), (level) -> level.level().key()).stream()
			.<Action>map((level) -> new Action.LevelShortfall(level.level(), level.gap5().mean(),
					worst(items.stream()
						.filter((item) -> item.question().level() == level.level() && item.gap5().isShortfall())
						.toList(), (item) -> item.gap5().mean())))
			.toList();
	}

	/**
	 * Up to three codes of the items with the most negative value; values within 1e-9 of
	 * the first of a run count as ties, ordered by code.
	 */
	private static List<String> worst(List<ItemScore> items, Function<ItemScore, @Nullable Double> value) {
		List<ItemScore> negative = items.stream()
			.filter((item) -> value.apply(item) != null && value.apply(item) < 0)
			.toList();
		List<String> codes = ordered(negative, value, (item) -> item.question().code()).stream()
			.map((item) -> item.question().code())
			.toList();
		return codes.subList(0, Math.min(EVIDENCE_CODES, codes.size()));
	}

	/**
	 * {@code entries} by ascending (non-null) value; values within 1e-9 of the first of a
	 * run count as ties, ordered by code in Unicode order.
	 */
	private static <T> List<T> ordered(List<T> entries, Function<T, @Nullable Double> value, Function<T, String> code) {
		List<T> sorted = entries.stream().sorted(Comparator.comparingDouble((T entry) -> value.apply(entry))).toList();
		List<T> result = new ArrayList<>();
		for (int start = 0; start < sorted.size();) {
			double first = value.apply(sorted.get(start));
			int end = start + 1;
			while (end < sorted.size() && value.apply(sorted.get(end)) - first <= TIE) {
				end++;
			}
			sorted.subList(start, end).stream().sorted(Comparator.comparing(code)).forEach(result::add);
			start = end;
		}
		return List.copyOf(result);
	}

	static List<Collect> collect(Counts counts, boolean hasStandards, Map<Level, LevelScore> levels,
			@Nullable NpsScore nps, List<FcrScore> fcr) {
		List<Collect> collect = new ArrayList<>();
		if (counts.managers() == 0) {
			collect.add(new Collect(Collect.Source.MANAGEMENT, null));
		}
		if (!hasStandards) {
			collect.add(new Collect(Collect.Source.STANDARDS, null));
		}
		if (counts.audits() == 0) {
			collect.add(new Collect(Collect.Source.AUDITS, null));
		}
		for (Level level : Level.values()) {
			if (levels.get(level).items() == 0) {
				collect.add(new Collect(Collect.Source.LEVEL, level));
			}
		}
		if (nps == null) {
			collect.add(new Collect(Collect.Source.NPS, null));
		}
		if (fcr.isEmpty()) {
			collect.add(new Collect(Collect.Source.FCR, null));
		}
		return List.copyOf(collect);
	}

}
