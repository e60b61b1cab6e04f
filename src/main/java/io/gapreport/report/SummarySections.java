package io.gapreport.report;

import java.time.LocalDate;
import java.util.List;

import io.gapreport.scoring.Gap5Score;
import io.gapreport.scoring.LevelScore;
import io.gapreport.scoring.LevelStatus;
import io.gapreport.scoring.NpsScore;
import io.gapreport.scoring.Scores;
import io.gapreport.survey.Engagement;
import io.gapreport.survey.Level;

/** The cover and the executive summary. */
final class SummarySections {

	private SummarySections() {
	}

	static ReportModel.Cover cover(Wording w, LocalDate reportDate) {
		Engagement engagement = w.scores().engagement();
		var counts = w.scores().counts();
		return new ReportModel.Cover(w.m().get("report.title"), engagement.client(), engagement.wave(),
				(engagement.waveDate() != null) ? w.f().date(engagement.waveDate()) : "", w.f().date(reportDate),
				engagement.consultant(), w.f().count(counts.customers()), w.f().count(counts.managers()),
				w.f().count(counts.audits()), w.scale(), w.m().get("report.subject"), w.m().get("report.keywords"),
				w.f().locale());
	}

	static ReportModel.Summary summary(Wording w) {
		Scores scores = w.scores();
		Level priority = scores.priorityLevel();
		String priorityText;
		String advice = null;
		if (priority != null) {
			Gap5Score gap5 = scores.level(priority).gap5();
			priorityText = w.m()
				.get("summary.priority", w.level(priority), w.f().gap(gap5.mean()), w.f().gap(gap5.ciLow()),
						w.f().gap(gap5.ciHigh()));
			boolean foundation = priority == Level.ACCURACY || priority == Level.AVAILABILITY;
			advice = w.m()
				.get(foundation ? "summary.priority.foundation" : "summary.priority.upper", w.level(priority));
		}
		else {
			priorityText = w.m().get("summary.priority.none") + notMeasuredLevels(w);
		}
		List<ReportModel.ItemRow> top = w.itemsWorstFirst()
			.stream()
			.filter((item) -> item.gap5().mean() != null && item.gap5().mean() < 0)
			.limit(3)
			.map(w::itemRow)
			.toList();
		return new ReportModel.Summary(overall(w), nps(w, scores.nps()), priorityText, advice, priority != null, top,
				perception(w, scores.gaps().perception()));
	}

	private static String notMeasuredLevels(Wording w) {
		List<String> missing = w.levels()
			.stream()
			.filter((level) -> level.status() == LevelStatus.NOT_MEASURED)
			.map((level) -> w.level(level.level()))
			.toList();
		return missing.isEmpty() ? "" : " " + w.m().get("summary.priority.notMeasured", String.join(", ", missing));
	}

	private static String overall(Wording w) {
		Scores scores = w.scores();
		if (scores.gap5() == null) {
			return w.m().get("summary.overall.none");
		}
		Gap5Score interval = scores.overallGap5();
		String sentence = (interval.ciLow() != null)
				? w.m()
					.get("summary.overall", w.f().gap(scores.gap5()), w.scale(), w.f().gap(interval.ciLow()),
							w.f().gap(interval.ciHigh()))
				: w.m().get("summary.overall.noInterval", w.f().gap(scores.gap5()), w.scale());
		return sentence + " " + w.m().get("summary.overall.meaning");
	}

	static String nps(Wording w, NpsScore nps) {
		if (nps == null) {
			return w.m().get("summary.nps.none");
		}
		if (nps.moe95() == null) {
			return w.m().get("summary.nps.noMargin", w.f().points(nps.score()), w.f().count(nps.n()));
		}
		return w.m().get("summary.nps", w.f().points(nps.score()), w.f().margin(nps.moe95()), w.f().count(nps.n()));
	}

	static String perception(Wording w, Double perception) {
		if (perception == null) {
			return w.m().get("summary.perception.none");
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

}
