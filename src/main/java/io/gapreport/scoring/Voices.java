package io.gapreport.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.gapreport.survey.Level;
import io.gapreport.survey.Theme;
import org.jspecify.annotations.Nullable;

/**
 * The voice of the customer ({@code voice.md}) as a pure function of a list of
 * commenters: the same function gives a workbook's voice and, over its own customers, a
 * unit's.
 */
public final class Voices {

	/** Quotes beside a level that falls short. */
	static final int SHORTFALL_QUOTES = 3;

	/** Quotes beside a level that is exceeded. */
	static final int EXCEEDED_QUOTES = 1;

	private Voices() {
	}

	/**
	 * The voice of {@code commenters} against the levels and actions of their scores.
	 * @param commenters the kept customers with a non-blank comment, in sheet row order
	 * @param levels the levels' scores, whose statuses choose the quoted levels
	 * @param actions the actions, whose level shortfalls give the order of the quotes
	 * @param themes the Themes sheet's themes, in sheet order
	 * @param minGroupSize the smallest group the report shows
	 * @return the voice
	 */
	public static Voice of(List<Commenter> commenters, Map<Level, LevelScore> levels, List<Action> actions,
			List<Theme> themes, int minGroupSize) {
		List<Level> shortfalls = new ArrayList<>();
		for (Action action : actions) {
			if (action instanceof Action.LevelShortfall shortfall && !shortfalls.contains(shortfall.level())) {
				shortfalls.add(shortfall.level());
			}
		}
		for (Level level : Level.values()) {
			LevelScore score = levels.get(level);
			if (score != null && score.status() == LevelStatus.SHORTFALL && !shortfalls.contains(level)) {
				shortfalls.add(level);
			}
		}
		List<Level> exceeded = new ArrayList<>();
		for (Level level : Level.values()) {
			LevelScore score = levels.get(level);
			if (score != null && score.status() == LevelStatus.EXCEEDED) {
				exceeded.add(level);
			}
		}
		return new Voice(commenters.size(), quotes(commenters, shortfalls, exceeded, minGroupSize),
				themes(commenters, themes.stream().map(Theme::name).toList(), minGroupSize), !themes.isEmpty());
	}

	/**
	 * Up to 3 quotes per shortfall level from the lowest level values, then 1 per
	 * exceeded level from the highest; ties by row; each customer and text once; none
	 * when fewer than {@code minGroupSize} commented.
	 */
	static List<Voice.Quote> quotes(List<Commenter> commenters, List<Level> shortfalls, List<Level> exceeded,
			int minGroupSize) {
		List<Voice.Quote> quotes = new ArrayList<>();
		if (commenters.size() < minGroupSize) {
			return quotes;
		}
		Set<Integer> quotedRows = new HashSet<>();
		Set<String> quotedTexts = new HashSet<>();
		for (Level level : shortfalls) {
			Comparator<Commenter> lowest = Comparator.comparingDouble((Commenter c) -> c.level(level));
			pick(commenters, level, LevelStatus.SHORTFALL, lowest, SHORTFALL_QUOTES, quotedRows, quotedTexts, quotes);
		}
		for (Level level : exceeded) {
			Comparator<Commenter> highest = Comparator.comparingDouble((Commenter c) -> -c.level(level));
			pick(commenters, level, LevelStatus.EXCEEDED, highest, EXCEEDED_QUOTES, quotedRows, quotedTexts, quotes);
		}
		return quotes;
	}

	private static void pick(List<Commenter> commenters, Level level, LevelStatus kind, Comparator<Commenter> order,
			int count, Set<Integer> quotedRows, Set<String> quotedTexts, List<Voice.Quote> quotes) {
		List<Commenter> candidates = commenters.stream()
			.filter((c) -> !Double.isNaN(c.level(level)) && c.quotable())
			.sorted(order.thenComparingInt(Commenter::row))
			.toList();
		int picked = 0;
		for (Commenter candidate : candidates) {
			if (picked == count) {
				return;
			}
			if (quotedRows.contains(candidate.row()) || quotedTexts.contains(candidate.text())) {
				continue;
			}
			quotedRows.add(candidate.row());
			quotedTexts.add(candidate.text());
			quotes.add(new Voice.Quote(level, kind, candidate.text()));
			picked++;
		}
	}

	/** Each theme over the commenters, by mentions (most first), then in sheet order. */
	static List<Voice.ThemeScore> themes(List<Commenter> commenters, List<String> names, int minGroupSize) {
		List<Voice.ThemeScore> scores = new ArrayList<>();
		for (int t = 0; t < names.size(); t++) {
			int theme = t;
			List<Commenter> mentioning = commenters.stream().filter((c) -> c.mentions()[theme]).toList();
			List<Commenter> rest = commenters.stream().filter((c) -> !c.mentions()[theme]).toList();
			int mentions = mentioning.size();
			double share = commenters.isEmpty() ? 0 : (double) mentions / commenters.size();
			if (mentions < minGroupSize) {
				scores.add(new Voice.ThemeScore(names.get(t), mentions, share, true, null, null, null));
			}
			else {
				scores.add(new Voice.ThemeScore(names.get(t), mentions, share, false, nps(mentioning), nps(rest),
						restGap(mentioning, rest)));
			}
		}
		scores.sort(Comparator.comparingInt((Voice.ThemeScore s) -> -s.mentions()));
		return scores;
	}

	/** NPS of the commenters who answered it; null when none did. */
	static @Nullable Double nps(List<Commenter> commenters) {
		int[] answers = new int[11];
		for (Commenter commenter : commenters) {
			if (commenter.nps() != null) {
				answers[commenter.nps()]++;
			}
		}
		NpsScore score = Nps.of(answers);
		return (score != null) ? score.score() : null;
	}

	/**
	 * The group's overall values against the rest's: null when either has fewer than 2.
	 */
	static Voice.@Nullable RestGap restGap(List<Commenter> group, List<Commenter> rest) {
		Moments a = overall(group);
		Moments b = overall(rest);
		Double halfWidth = HalfWidth.welch(a, b);
		Double meanA = a.mean();
		Double meanB = b.mean();
		if (halfWidth == null || meanA == null || meanB == null) {
			return null;
		}
		double diff = meanA - meanB;
		return new Voice.RestGap(diff, diff - halfWidth, diff + halfWidth);
	}

	private static Moments overall(List<Commenter> commenters) {
		Moments moments = new Moments();
		commenters.forEach((c) -> moments.addIfAnswered(c.overall()));
		return moments;
	}

}
