package io.gapreport.report;

import java.time.LocalDate;
import java.util.List;

import io.gapreport.scoring.LevelScore;
import io.gapreport.scoring.LevelStatus;
import io.gapreport.scoring.NpsScore;
import io.gapreport.scoring.Scores;
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
		List<ReportModel.ActFirst> first = actions.stream()
			.limit(ACT_FIRST)
			.map((action) -> new ReportModel.ActFirst(action.title(), action.codes(), action.tone()))
			.toList();
		String more = actions.isEmpty() ? null : (actions.size() > ACT_FIRST)
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
		return new ReportModel.Decision(headline.text(), headline.tone().css(), overall(w),
				w.levels().stream().map((level) -> GapSections.levelRow(w, level)).toList(), GapSections.gapRows(w),
				gapsNote, nps(w, w.scores().nps()), fcr, FcrSection.sources(w, fcr), first, more, notMeasured);
	}

	private record Headline(String text, Tone tone) {
	}

	/**
	 * One sentence: the levels that fall short and which to fix first; else the first
	 * finding; never the overall average alone.
	 */
	private static Headline headline(Wording w, List<ReportModel.ActionRow> actions) {
		List<LevelScore> falling = w.levels().stream().filter((l) -> l.status() == LevelStatus.SHORTFALL).toList();
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
			List<String> names = falling.stream().map((level) -> name(w, level)).toList();
			return new Headline(w.m().get("headline.level.many", w.and(names), names.getFirst()), Tone.SHORTFALL);
		}
		if (!actions.isEmpty()) {
			ReportModel.ActionRow action = actions.getFirst();
			boolean lead = action.tone().equals(Tone.INDICATIVE.css());
			return new Headline(w.m().get(lead ? "headline.check" : "headline.gap", action.title()),
					lead ? Tone.INDICATIVE : Tone.SHORTFALL);
		}
		return new Headline(w.m().get("headline.none"), Tone.NO_DIFFERENCE);
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

	static String perception(Wording w, @Nullable Double perception) {
		if (perception == null) {
			return "";
		}
		if (Math.abs(perception) < 0.005) {
			return w.m().get("summary.perception.equal");
		}
		String points = w.f().mean(Math.abs(perception));
		return w.m().get((perception < 0) ? "summary.perception.overrated" : "summary.perception.reversed", points);
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
