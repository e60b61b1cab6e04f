package io.gapreport.report;

import java.util.ArrayList;
import java.util.List;

import io.gapreport.scoring.GapSet;
import io.gapreport.scoring.LevelScore;
import io.gapreport.scoring.LevelStatus;
import io.gapreport.scoring.Scores;

/** The five gaps, the expectation levels, and management versus customers. */
final class GapSections {

	/** The gaps in the order the report shows them. */
	static final List<String> GAP_KEYS = List.of("gap1", "gap2", "gap3", "gap4", "gap5", "perception");

	private GapSections() {
	}

	static Double gapValue(Scores scores, String key) {
		GapSet gaps = scores.gaps();
		return switch (key) {
			case "gap1" -> gaps.gap1();
			case "gap2" -> gaps.gap2();
			case "gap3" -> gaps.gap3();
			case "gap4" -> gaps.gap4();
			case "gap5" -> scores.gap5();
			case "perception" -> gaps.perception();
			default -> throw new IllegalArgumentException(key);
		};
	}

	static ReportModel.Gaps gaps(Wording w) {
		List<ReportModel.GapRow> rows = new ArrayList<>();
		for (String key : GAP_KEYS) {
			Double value = gapValue(w.scores(), key);
			String prefix = "gap." + key + ".";
			String shown = (value != null) ? w.f().gap(value) : w.m().get("gap.notMeasured");
			rows.add(new ReportModel.GapRow(key, w.m().get(prefix + "name"), shown, value != null,
					value != null && value < 0, w.m().get(prefix + "between"), w.m().get(prefix + "causes"),
					w.m().get(prefix + "close"),
					(value == null) ? w.m().get("gap.howToMeasure", w.m().get(prefix + "measure")) : null));
		}
		return new ReportModel.Gaps(rows, rows.stream().anyMatch(ReportModel.GapRow::measured));
	}

	static ReportModel.Levels levels(Wording w) {
		List<ReportModel.LevelRow> rows = w.levels().stream().map((level) -> levelRow(w, level)).toList();
		return new ReportModel.Levels(rows, rows.reversed(),
				w.levels().stream().anyMatch((level) -> level.status() != LevelStatus.NOT_MEASURED));
	}

	private static ReportModel.LevelRow levelRow(Wording w, LevelScore level) {
		String key = level.level().key();
		return new ReportModel.LevelRow(key, w.level(level.level()), w.m().get("level." + key + ".wants"),
				w.f().count(level.items()), w.f().mean(level.meanE()), w.f().mean(level.meanP()),
				w.f().gap(level.gap5().mean()), w.interval(level.gap5()), w.f().percent(level.gap5().shareMet()),
				w.f().mean(level.alpha()), w.m().get("status." + level.status().key()), level.status().key());
	}

	private static boolean isShortfall(Double gap) {
		return gap != null && gap < 0;
	}

	static ReportModel.Management management(Wording w) {
		boolean measured = w.scores().counts().managers() > 0;
		if (!measured) {
			return new ReportModel.Management(false, w.m().get("management.none"), List.of());
		}
		List<ReportModel.ManagementRow> rows = w.levels()
			.stream()
			.filter((level) -> level.items() > 0)
			.map((level) -> new ReportModel.ManagementRow(w.level(level.level()), w.f().mean(level.managerMeanE()),
					w.f().mean(level.meanE()), w.f().gap(level.gaps().gap1()), w.f().mean(level.managerMeanP()),
					w.f().mean(level.meanP()), w.f().gap(level.gaps().perception()), isShortfall(level.gaps().gap1()),
					isShortfall(level.gaps().perception())))
			.toList();
		return new ReportModel.Management(true, SummarySections.perception(w, w.scores().gaps().perception()), rows);
	}

}
