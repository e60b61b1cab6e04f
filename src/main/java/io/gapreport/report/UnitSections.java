package io.gapreport.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.gapreport.chart.RangeChartSpec;
import io.gapreport.scoring.Interval;
import io.gapreport.scoring.Scores;
import io.gapreport.scoring.Standing;
import io.gapreport.scoring.UnitScore;
import io.gapreport.scoring.UnitStanding;
import io.gapreport.scoring.VsRest;
import io.gapreport.survey.Level;
import org.jspecify.annotations.Nullable;

/**
 * The units' part of a report: in a unit's report, page 1's standing against the rest of
 * the organisation; in the client's report, the Units section. Standing words come from
 * the interval alone, never from a point value.
 */
final class UnitSections {

	/**
	 * The most units the chart draws: at 4.5 mm a row, with the client's row, its axis
	 * and legend, the chart still fits one page.
	 */
	static final int MOST_CHARTED = 50;

	private UnitSections() {
	}

	/** Nothing about units: a report of a client without units. */
	static ReportModel.Units none() {
		return new ReportModel.Units(null, List.of(), List.of(), "");
	}

	/**
	 * A unit's report: where the unit stands against the rest, level by level (a column
	 * of page 1's levels table), then overall and on NPS in the line under that table,
	 * which also says what the words mean.
	 */
	static ReportModel.Units standing(Wording w, UnitScore unit) {
		UnitStanding standing = unit.standing();
		List<ReportModel.StandingRow> rows = new ArrayList<>();
		String line = w.m().get("units.standing.intro");
		if (standing != null) {
			for (Level level : Level.values()) {
				rows.add(row(w, w.level(level), standing.level(level), false));
			}
			line = w.m()
				.get("units.standing.line", phrase(row(w, "", standing.overall(), false)),
						phrase(row(w, "", standing.nps(), true)))
					+ " " + line;
		}
		return new ReportModel.Units(unit.name(), rows, List.of(), line);
	}

	/** "below the rest, −0.73 (−0.98 … −0.47)", or the status alone when not measured. */
	private static String phrase(ReportModel.StandingRow row) {
		return "not_measured".equals(row.tone()) ? row.status()
				: row.status() + ", " + row.diff() + " (" + row.interval() + ")";
	}

	/**
	 * The client's Units section: every unit, those that stand below the rest first, then
	 * those like it, then those above; within each, the lower overall gap first; the
	 * suppressed units last, with their count only.
	 */
	static ReportModel.Units section(Wording w, List<UnitScore> units) {
		List<UnitScore> shown = shown(units);
		List<ReportModel.UnitRow> rows = new ArrayList<>();
		for (UnitScore unit : shown) {
			Scores scores = unit.scores();
			UnitStanding standing = unit.standing();
			List<ReportModel.StandingRow> levels = new ArrayList<>();
			for (Level level : Level.values()) {
				levels.add(row(w, w.level(level), standing.level(level), false));
			}
			levels.add(row(w, w.m().get("units.overall"), standing.overall(), false));
			rows.add(new ReportModel.UnitRow(unit.name(), w.f().count(unit.n()), w.f().gap(scores.overallGap5().mean()),
					w.interval(scores.overallGap5()), levels,
					(scores.nps() != null) ? w.f().points(scores.nps().score()) : w.f().notMeasured(), false));
		}
		for (UnitScore unit : units) {
			if (unit.suppressed()) {
				rows.add(new ReportModel.UnitRow(unit.name(), w.f().count(unit.n()), "", "", List.of(),
						w.m().get("units.suppressed", w.scores().engagement().minGroupSize()), true));
			}
		}
		return new ReportModel.Units(null, List.of(), rows, w.m().get("units.intro"));
	}

	/**
	 * The chart of the client's and every shown unit's overall gap 5 with its 95%
	 * interval, in the table's order (units below the rest first); null when no interval
	 * can be drawn, or when more than {@value #MOST_CHARTED} units are shown (the chart
	 * would not fit a page: the table says it all).
	 */
	static @Nullable RangeChartSpec chart(Wording w, List<UnitScore> units) {
		if (shown(units).size() > MOST_CHARTED) {
			return null;
		}
		List<RangeChartSpec.Interval> rows = new ArrayList<>();
		interval(w.m().get("units.client"), w.scores()).ifPresent(rows::add);
		for (UnitScore unit : shown(units)) {
			interval(unit.name(), unit.scores()).ifPresent(rows::add);
		}
		return (rows.size() < 2) ? null
				: new RangeChartSpec("", "", w.m().get("units.chart"), rows, ChartSpecs.tones(w), w.f().locale());
	}

	private static java.util.Optional<RangeChartSpec.Interval> interval(String name, Scores scores) {
		var gap5 = scores.overallGap5();
		if (gap5.mean() == null || gap5.ciLow() == null || gap5.ciHigh() == null) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(new RangeChartSpec.Interval(name, gap5.mean(), gap5.ciLow(), gap5.ciHigh()));
	}

	private static List<UnitScore> shown(List<UnitScore> units) {
		return units.stream()
			.filter((unit) -> !unit.suppressed())
			.sorted(Comparator.comparingInt(UnitSections::rank)
				.thenComparingDouble((unit) -> orZero(unit.scores().overallGap5().mean())))
			.toList();
	}

	private static int rank(UnitScore unit) {
		VsRest overall = unit.standing().overall();
		if (overall == null) {
			return 1;
		}
		return switch (overall.status()) {
			case BELOW -> 0;
			case NO_DIFFERENCE -> 1;
			case ABOVE -> 2;
		};
	}

	private static double orZero(@Nullable Double value) {
		return (value != null) ? value : 0;
	}

	private static ReportModel.StandingRow row(Wording w, String name, @Nullable VsRest vs, boolean points) {
		if (vs == null) {
			return new ReportModel.StandingRow(name, w.f().notMeasured(), w.f().notMeasured(),
					w.m().get("units.status.not_measured"), "not_measured");
		}
		var interval = new Interval(vs.low(), vs.high());
		String diff = points ? w.f().points(vs.diff()) : w.f().gap(vs.diff());
		String range = points ? w.f().points(vs.low()) + " \u2026 " + w.f().points(vs.high()) : w.interval(interval);
		return new ReportModel.StandingRow(name, diff, range, w.m().get("units.status." + vs.status().key()),
				tone(vs.status()));
	}

	private static String tone(Standing status) {
		return switch (status) {
			case BELOW -> "shortfall";
			case NO_DIFFERENCE -> "no_difference";
			case ABOVE -> "exceeded";
		};
	}

}
