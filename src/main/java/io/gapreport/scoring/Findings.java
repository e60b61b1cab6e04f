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
 * {@code scoring.md} orders them: falling levels first, in pyramid order, then gaps 1 to
 * 4 and the perception gap.
 */
final class Findings {

	private static final int EVIDENCE_CODES = 3;

	private static final double TIE = 1e-9;

	private Findings() {
	}

	static List<Action> actions(Map<Level, LevelScore> levels, List<ItemScore> items, GapSet gaps,
			@Nullable Interval gap1Ci, @Nullable Interval perceptionCi, Evidence management, Evidence audits) {
		List<Action> actions = new ArrayList<>();
		for (Level level : Level.values()) {
			if (levels.get(level).status() == LevelStatus.SHORTFALL) {
				List<ItemScore> members = items.stream()
					.filter((item) -> item.question().level() == level && item.gap5().isShortfall())
					.toList();
				actions.add(new Action.LevelShortfall(level, worst(members, (item) -> item.gap5().mean())));
			}
		}
		for (Gap gap : Gap.values()) {
			Double value = gap.of(gaps);
			if (value == null) {
				continue;
			}
			Boolean indicative = switch (gap) {
				case GAP1 -> intervalFinding(value, gap1Ci, management);
				case PERCEPTION -> intervalFinding(value, perceptionCi, management);
				case GAP2 -> (value < 0) ? management != Evidence.SUFFICIENT : null;
				case GAP3, GAP4 -> (value < 0) ? audits != Evidence.SUFFICIENT : null;
			};
			if (indicative != null) {
				actions
					.add(new Action.GapShortfall(gap, value, worst(items, (item) -> gap.of(item.gaps())), indicative));
			}
		}
		return List.copyOf(actions);
	}

	/**
	 * Whether a gap tested by its interval is indicative, or null when it needs no
	 * action: an interval wholly below zero is a finding; without an interval a negative
	 * value is an indicative one; an interval that reaches zero is none.
	 */
	private static @Nullable Boolean intervalFinding(double value, @Nullable Interval interval, Evidence evidence) {
		if (interval != null) {
			return interval.below0() ? evidence != Evidence.SUFFICIENT : null;
		}
		return (value < 0) ? Boolean.TRUE : null;
	}

	/**
	 * Up to three codes of the items with the most negative value; values within 1e-9 of
	 * the first of a run count as ties, ordered by code.
	 */
	private static List<String> worst(List<ItemScore> items, Function<ItemScore, @Nullable Double> value) {
		record Scored(String code, double value) {
		}
		List<Scored> negative = items.stream()
			.filter((item) -> value.apply(item) != null && value.apply(item) < 0)
			.map((item) -> new Scored(item.question().code(), value.apply(item)))
			.sorted(Comparator.comparingDouble(Scored::value))
			.toList();
		List<String> codes = new ArrayList<>();
		for (int start = 0; start < negative.size() && codes.size() < EVIDENCE_CODES;) {
			int end = start + 1;
			while (end < negative.size() && negative.get(end).value() - negative.get(start).value() <= TIE) {
				end++;
			}
			negative.subList(start, end).stream().map(Scored::code).sorted().forEach(codes::add);
			start = end;
		}
		return List.copyOf(codes.subList(0, Math.min(EVIDENCE_CODES, codes.size())));
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
