package io.gapreport.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.gapreport.chart.ChartSpec;
import io.gapreport.scoring.Scores;
import io.gapreport.scoring.UnitScore;
import io.gapreport.survey.InputProblem;
import org.jspecify.annotations.Nullable;

/**
 * Builds the {@link ReportModel} of one engagement: the words and formatted figures of
 * every section.
 */
public final class ReportModels {

	/**
	 * What a table shows for a figure that was not measured; sentences say it in words.
	 */
	static final String NOT_MEASURED = "\u2013";

	private ReportModels() {
	}

	/**
	 * @param scores the engagement's scores
	 * @param firstProblems the first rejected rows and invalid cells
	 * @param messages the report's language
	 * @param reportDate the date the report is written
	 */
	public static ReportModel build(Scores scores, List<InputProblem> firstProblems, Messages messages,
			LocalDate reportDate) {
		return build(scores, firstProblems, messages, reportDate, null, List.of());
	}

	/**
	 * @param scores the engagement's (or the unit's) scores
	 * @param firstProblems the first rejected rows and invalid cells
	 * @param messages the report's language
	 * @param reportDate the date the report is written
	 * @param unit the unit of a unit's report, or null
	 * @param units the client's units, for a client's report
	 */
	public static ReportModel build(Scores scores, List<InputProblem> firstProblems, Messages messages,
			LocalDate reportDate, @Nullable UnitScore unit, List<UnitScore> units) {
		var wording = new Wording(scores, messages, new Formats(messages.locale(), NOT_MEASURED));
		Map<String, ChartSpec> charts = new java.util.LinkedHashMap<>(ChartSpecs.of(wording));
		ChartSpec unitsChart = (unit == null && !units.isEmpty()) ? UnitSections.chart(wording, units) : null;
		if (unitsChart != null) {
			charts.put("units", unitsChart);
		}
		List<ReportModel.ActionRow> actions = ActionSections.actions(wording);
		return new ReportModel(messages.language(), messages.labels(), SummarySections.header(wording, reportDate),
				SummarySections.decision(wording, actions), ActionSections.whatToDo(wording, actions),
				GapSections.gaps(wording), GapSections.levels(wording), DetailSections.items(wording),
				GapSections.management(wording), DetailSections.ipa(wording, charts.containsKey("ipa")),
				DetailSections.nps(wording), FcrSection.fcr(wording, charts.containsKey("fcr")),
				DetailSections.breakdowns(wording), TrendSection.trend(wording),
				DetailSections.methods(wording, firstProblems, unit != null), charts,
				(unit != null) ? UnitSections.standing(wording, unit)
						: units.isEmpty() ? UnitSections.none() : UnitSections.section(wording, units),
				VoiceSection.themes(wording, charts.containsKey("themes")));
	}

}
