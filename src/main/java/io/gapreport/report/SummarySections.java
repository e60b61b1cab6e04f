package io.gapreport.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.gapreport.chart.Tone;
import io.gapreport.scoring.Action;
import io.gapreport.scoring.Evidence;
import io.gapreport.scoring.Gap;
import io.gapreport.scoring.LevelScore;
import io.gapreport.scoring.LevelStatus;
import io.gapreport.scoring.NpsScore;
import io.gapreport.scoring.Scores;
import io.gapreport.scoring.TrendPoint;
import io.gapreport.scoring.WaveChange;
import io.gapreport.survey.Engagement;
import org.jspecify.annotations.Nullable;

/**
 * The header and page 1, the decision page: what a manager who reads nothing else needs
 * to know to fix the right thing first.
 */
final class SummarySections {

	/** How many actions page 1 names. */
	static final int ACT_FIRST = 3;

	private SummarySections() {
	}

	static ReportModel.Header header(Wording w, LocalDate reportDate) {
		Engagement engagement = w.scores().engagement();
		var counts = w.scores().counts();
		return new ReportModel.Header(w.m().get("report.title"), engagement.client(), engagement.wave(),
				(engagement.waveDate() != null) ? w.f().date(engagement.waveDate()) : null, w.f().date(reportDate),
				engagement.consultant(), w.f().count(counts.customers()), w.f().count(counts.managers()),
				w.f().count(counts.audits()), w.scale(), w.m().get("report.subject"), w.m().get("report.keywords"),
				w.f().locale());
	}

	static ReportModel.Decision decision(Wording w, List<ReportModel.ActionRow> actions) {
		List<Action> findings = w.scores().nextSteps().actions();
		List<ReportModel.ActFirst> first = new ArrayList<>();
		// a lead is titled by what it is about; leads the same evidence would confirm
		// share
		// one entry
		Map<String, List<String>> leads = new LinkedHashMap<>();
		for (int i = 0; i < findings.size(); i++) {
			ReportModel.ActionRow row = actions.get(i);
			if (findings.get(i).indicative()) {
				leads.computeIfAbsent(ActionSections.confirm(w, findings.get(i)), (confirm) -> new ArrayList<>())
					.add(row.title());
			}
			else if (first.size() < ACT_FIRST) {
				first.add(new ReportModel.ActFirst(row.title(), questions(w, row), row.owner(), row.step(),
						row.target(), row.tone()));
			}
		}
		String more = actions.isEmpty() ? null : (actions.size() > first.size())
				? w.m().get("decision.more", w.f().count(actions.size())) : w.m().get("decision.moreAll");
		List<String> missing = w.scores()
			.nextSteps()
			.collect()
			.stream()
			.map((entry) -> (entry.level() != null) ? w.m().get("collect.short.level", w.level(entry.level()))
					: w.m().get("collect.short." + entry.key()))
			.toList();
		String notMeasured = missing.isEmpty() ? null : w.m().get("decision.notMeasured", String.join(", ", missing));
		Headline headline = headline(w, actions);
		List<ReportModel.FcrRow> fcr = FcrSection.rows(w);
		String gapsNote = w.m().get("decision.gapsNote", w.f().count(w.scores().engagement().minGroupSize()));
		List<String> toConfirm = new ArrayList<>();
		for (Map.Entry<String, List<String>> lead : leads.entrySet()) {
			toConfirm.add(w.m().get("decision.toConfirm.item", String.join(", ", lead.getValue()), lead.getKey()));
		}
		return new ReportModel.Decision(headline.text(), headline.tone().css(), overall(w),
				w.levels().stream().map((level) -> GapSections.levelRow(w, level)).toList(), GapSections.gapRows(w),
				gapsNote, nps(w, w.scores().nps()), fcr, FcrSection.sources(w, fcr), first, more, notMeasured,
				toConfirm.isEmpty() ? null : w.m().get("decision.toConfirm", String.join("; ", toConfirm)), trend(w),
				evidence(w));
	}

	/**
	 * The questions an action rests on: the worst by its text and code, the others by
	 * code (page 1 has room for no more); or its channel.
	 */
	private static String questions(Wording w, ReportModel.ActionRow row) {
		if (row.evidence().isEmpty()) {
			return row.codes();
		}
		ReportModel.EvidenceRow worst = row.evidence().getFirst();
		List<String> parts = new ArrayList<>();
		parts.add(w.m().get("decision.question", worst.text(), worst.code()));
		row.evidence().stream().skip(1).map(ReportModel.EvidenceRow::code).forEach(parts::add);
		return String.join("; ", parts);
	}

	/**
	 * One line on the change of the overall customer gap since the previous wave: better,
	 * worse or within chance, with the figures; null for a first wave.
	 */
	private static @Nullable String trend(Wording w) {
		List<TrendPoint> trend = w.scores().trend();
		if (trend.size() < 2) {
			return null;
		}
		TrendPoint previous = trend.get(trend.size() - 2);
		TrendPoint current = trend.getLast();
		WaveChange change = WaveChange.ofGap(previous, current);
		if (change == null) {
			return null;
		}
		String from = w.f().gap(previous.gap5());
		String to = w.f().gap(current.gap5());
		if (change.p() == null) {
			return w.m().get("decision.trend.untested", previous.wave(), from, to);
		}
		String key = !change.significant() ? "chance" : (change.delta() > 0) ? "better" : "worse";
		return w.m().get("decision.trend." + key, previous.wave(), from, to, w.f().probability(change.p()));
	}

	/**
	 * How many managers and audit visits the gap findings rest on; null without either.
	 */
	private static @Nullable String evidence(Wording w) {
		var counts = w.scores().counts();
		if (counts.managers() == 0 && counts.audits() == 0) {
			return null;
		}
		return w.m()
			.get("decision.evidence", w.f().count(counts.managers()), w.f().count(counts.audits()),
					w.f().count(w.scores().engagement().minGroupSize()));
	}

	private record Headline(String text, Tone tone) {
	}

	/**
	 * One sentence: the levels that fall short, each with its size, and which to fix
	 * first (the larger foundation shortfall); else the first finding; never the overall
	 * average alone.
	 */
	private static Headline headline(Wording w, List<ReportModel.ActionRow> actions) {
		List<LevelScore> falling = w.scores()
			.nextSteps()
			.actions()
			.stream()
			.filter(Action.LevelShortfall.class::isInstance)
			.map((action) -> w.scores().level(((Action.LevelShortfall) action).level()))
			.toList();
		if (w.levels().stream().noneMatch(SummarySections::isMeasured)) {
			return new Headline(w.m().get("headline.notMeasured"), Tone.NOT_MEASURED);
		}
		if (falling.size() == 1) {
			LevelScore level = falling.getFirst();
			return new Headline(w.m()
				.get("headline.level.one", name(w, level), w.f().gap(level.gap5().mean()),
						w.f().percent(level.gap5().shareMet())),
					Tone.SHORTFALL);
		}
		if (!falling.isEmpty()) {
			List<String> names = falling.stream()
				.map((level) -> w.m().get("headline.levelGap", name(w, level), w.f().gap(level.gap5().mean())))
				.toList();
			long foundation = falling.stream().filter((level) -> level.level().ordinal() < 2).count();
			String reason = (foundation > 1) ? "largerFoundation" : (foundation == 1) ? "foundation" : "larger";
			return new Headline(w.m()
				.get("headline.level.many", w.and(names), name(w, falling.getFirst()),
						w.m().get("headline.reason." + reason)),
					Tone.SHORTFALL);
		}
		int first = firstProven(w);
		if (first >= 0) {
			return new Headline(w.m().get("headline.gap", actions.get(first).title()), Tone.SHORTFALL);
		}
		if (!actions.isEmpty()) {
			return new Headline(w.m().get("headline.check", actions.getFirst().title()), Tone.INDICATIVE);
		}
		return new Headline(w.m().get("headline.none"), Tone.NO_DIFFERENCE);
	}

	/** The index of the first action that is not a lead to check, or -1. */
	private static int firstProven(Wording w) {
		List<Action> actions = w.scores().nextSteps().actions();
		for (int i = 0; i < actions.size(); i++) {
			if (!actions.get(i).indicative()) {
				return i;
			}
		}
		return -1;
	}

	/** A level's name as a sentence quotes it, e.g. „Dokładność” in Polish. */
	private static String name(Wording w, LevelScore level) {
		return w.m().get("headline.name", w.level(level.level()));
	}

	static String nps(Wording w, @Nullable NpsScore nps) {
		if (nps == null) {
			return w.m().get("summary.nps.none");
		}
		if (nps.moe95() == null) {
			return w.m().get("summary.nps.noMargin", w.f().points(nps.score()), w.f().count(nps.n()));
		}
		return w.m().get("summary.nps", w.f().points(nps.score()), w.f().margin(nps.moe95()), w.f().count(nps.n()));
	}

	/**
	 * What the perception gap shows, and no more: "management overrates it" (with the
	 * comparison to most firms) only for a shortfall proven on enough managers; a
	 * reversed gap only for a proven excess; else that the views do not differ
	 * detectably, or that too few managers answered to tell.
	 */
	static String perception(Wording w) {
		Scores scores = w.scores();
		Double perception = scores.gaps().perception();
		if (perception == null) {
			return "";
		}
		if (Math.abs(perception) < 0.005) {
			return w.m().get("summary.perception.equal");
		}
		var interval = scores.intervals().perception();
		boolean enough = scores.nextSteps().management() == Evidence.SUFFICIENT;
		String value = w.f().gap(perception);
		if (interval == null || (!enough && scores.gapStatus(Gap.PERCEPTION) != LevelStatus.NO_DIFFERENCE)) {
			return w.m().get("summary.perception.few", w.f().count(scores.counts().managers()), value);
		}
		String points = w.f().mean(Math.abs(perception));
		return switch (scores.gapStatus(Gap.PERCEPTION)) {
			case SHORTFALL -> w.m().get("summary.perception.overrated", points);
			case EXCEEDED -> w.m().get("summary.perception.reversed", points);
			default -> w.m().get("summary.perception.noDifference", value, w.interval(interval));
		};
	}

	/** Whether the report may cite the study of firms that overrate their service. */
	static boolean overrated(Scores scores) {
		return scores.gapStatus(Gap.PERCEPTION) == LevelStatus.SHORTFALL
				&& scores.nextSteps().management() == Evidence.SUFFICIENT;
	}

	static boolean isMeasured(LevelScore level) {
		return level.status() != LevelStatus.NOT_MEASURED;
	}

	/** The overall customer gap with its interval, for the mail. */
	static String overall(Wording w) {
		Scores scores = w.scores();
		if (scores.gap5() == null) {
			return w.m().get("summary.overall.none");
		}
		var interval = scores.overallGap5();
		return (interval.ciLow() != null)
				? w.m()
					.get("summary.overall", w.f().gap(scores.gap5()), w.scale(), w.f().gap(interval.ciLow()),
							w.f().gap(interval.ciHigh()))
				: w.m().get("summary.overall.noInterval", w.f().gap(scores.gap5()), w.scale());
	}

}
