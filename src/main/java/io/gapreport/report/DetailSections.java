package io.gapreport.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.gapreport.scoring.Breakdown;
import io.gapreport.scoring.ItemScore;
import io.gapreport.scoring.NpsScore;
import io.gapreport.scoring.Scores;
import io.gapreport.survey.InputProblem;
import io.gapreport.survey.Level;

/**
 * Items, importance–performance, NPS, breakdowns, trend, methods.
 */
final class DetailSections {

	private DetailSections() {
	}

	static ReportModel.Items items(Wording w) {
		return new ReportModel.Items(w.itemsWorstFirst().stream().map(w::itemRow).toList());
	}

	static ReportModel.Ipa ipa(Wording w, boolean charted) {
		String basis = w.scores().importanceBasis().name().toLowerCase(Locale.ROOT);
		String note = w.m().get("ipa.verdicts");
		if (charted && ImportanceChart.importanceSplit(w.scores()) == null) {
			var importances = ImportanceChart.placeable(w.scores())
				.stream()
				.mapToDouble(ItemScore::importance)
				.summaryStatistics();
			note = w.m().get("ipa.indistinct", w.f().gap(importances.getMin()), w.f().gap(importances.getMax()));
		}
		return new ReportModel.Ipa(charted, w.m().get("ipa.intro." + basis), note);
	}

	static ReportModel.Nps nps(Wording w) {
		NpsScore nps = w.scores().nps();
		if (nps == null) {
			return new ReportModel.Nps(false, "", "");
		}
		String score = (nps.moe95() != null)
				? w.m().get("nps.score", w.f().points(nps.score()), w.f().margin(nps.moe95()))
				: w.m().get("nps.score.noMargin", w.f().points(nps.score()));
		return new ReportModel.Nps(true, score,
				w.m()
					.get("nps.counts", w.f().count(nps.promoters()), w.f().count(nps.passives()),
							w.f().count(nps.detractors()), w.f().count(nps.n())));
	}

	static ReportModel.Breakdowns breakdowns(Wording w) {
		int minimum = w.scores().engagement().minGroupSize();
		List<ReportModel.BreakdownRow> rows = new ArrayList<>();
		for (Breakdown group : w.scores().breakdowns()) {
			String by = w.m().get("breakdowns.by." + group.by());
			String value = "channel".equals(group.by()) ? w.channel(group.value()) : group.value();
			if (group.suppressed()) {
				rows.add(new ReportModel.BreakdownRow(by, value, w.f().count(group.n()), true, List.of(),
						w.m().get("breakdowns.suppressed", w.f().count(minimum))));
				continue;
			}
			List<String> levels = new ArrayList<>();
			for (Level level : Level.values()) {
				levels.add(w.f().gap(group.levels().get(level)));
			}
			rows.add(new ReportModel.BreakdownRow(by, value, w.f().count(group.n()), false, levels,
					w.f().gap(group.overall())));
		}
		return new ReportModel.Breakdowns(!rows.isEmpty(), w.m().get("breakdowns.intro", w.f().count(minimum)), rows);
	}

	/**
	 * Methods and data quality; in a unit's report the rejected rows and invalid cells
	 * are the workbook's, listed in the rejected.csv beside the client's report.
	 */
	static ReportModel.Methods methods(Wording w, List<InputProblem> firstProblems, boolean unitReport) {
		Scores scores = w.scores();
		var counts = scores.counts();
		String sample = w.m()
			.get("methods.sample", w.f().count(counts.customers()), w.f().count(counts.managers()),
					w.f().count(counts.audits()), w.scale());
		String minimum = w.f().count(scores.engagement().minGroupSize());
		List<String> explanations = List.of(w.m().get("methods.item.gap5"), w.m().get("methods.item.level"),
				w.m().get("methods.item.status"), w.m().get("methods.item.gaps"),
				w.m().get("methods.item.evidence", minimum), w.m().get("methods.item.alpha"),
				w.m().get("methods.item.importance"), w.m().get("methods.item.nps"), w.m().get("methods.item.trend"),
				w.m().get("methods.item.servqual", w.f().gap(scores.gap5()), w.f().gap(scores.weightedGap5())));
		List<ReportModel.AlphaRow> alphas = w.levels()
			.stream()
			.map((level) -> new ReportModel.AlphaRow(w.level(level.level()), w.f().mean(level.alpha()),
					GapSections.lowAlpha(level.alpha()) ? w.m().get("methods.alpha.low") : null))
			.toList();
		String firstWave = (scores.trend().size() < 2) ? w.m().get("trend.none") : null;
		boolean clean = counts.rejectedRows() == 0 && counts.invalidCells() == 0;
		String quality = clean ? w.m().get("methods.clean")
				: w.m()
					.get(unitReport ? "methods.rejected.unit" : "methods.rejected", w.f().count(counts.rejectedRows()),
							w.f().count(counts.invalidCells()));
		List<ReportModel.ProblemRow> problems = firstProblems.stream()
			.map((problem) -> new ReportModel.ProblemRow(problem.isRejectedRow()
					? w.m().get("problem.row", problem.sheet(), String.valueOf(problem.row())) : problem.reference(),
					problem.value(), ProblemReasons.of(problem.reason(), w.m())))
			.toList();
		return new ReportModel.Methods(sample, firstWave, explanations, alphas, quality, problems);
	}

}
