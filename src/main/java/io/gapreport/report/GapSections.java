package io.gapreport.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.gapreport.chart.Tone;
import io.gapreport.scoring.Gap;
import io.gapreport.scoring.GapSet;
import io.gapreport.scoring.Interval;
import io.gapreport.scoring.LevelScore;
import io.gapreport.scoring.Scores;
import org.jspecify.annotations.Nullable;

/** The five gaps, the expectation levels, and management versus customers. */
final class GapSections {

	/** The gaps in the order the report shows them. */
	static final List<String> GAP_KEYS = List.of("gap1", "gap2", "gap3", "gap4", "gap5", "perception");

	private static final double ALPHA_THRESHOLD = 0.7;

	private GapSections() {
	}

	static @Nullable Double gapValue(Scores scores, String key) {
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
		return new ReportModel.Gaps(gapRows(w),
				w.m().get("gaps.note", w.f().count(w.scores().engagement().minGroupSize())));
	}

	/** Gaps 1 to 5 and the perception gap, each with its n, interval and status. */
	static List<ReportModel.GapRow> gapRows(Wording w) {
		Scores scores = w.scores();
		List<ReportModel.GapRow> rows = new ArrayList<>();
		for (String key : GAP_KEYS) {
			Double value = gapValue(scores, key);
			int n = switch (key) {
				case "gap3", "gap4" -> scores.counts().audits();
				case "gap5" -> scores.overallGap5().n();
				default -> scores.counts().managers();
			};
			Interval interval;
			Tone tone;
			if (key.equals("gap5")) {
				interval = (scores.overallGap5().ciLow() != null)
						? new Interval(scores.overallGap5().ciLow(), scores.overallGap5().ciHigh()) : null;
				tone = (value != null) ? GapTones.ofGap5(scores.overallGap5()) : Tone.NOT_MEASURED;
			}
			else {
				Gap gap = Gap.valueOf(key.toUpperCase(Locale.ROOT));
				interval = scores.intervals().of(gap);
				tone = GapTones.overall(scores, gap);
			}
			String prefix = "gap." + key + ".";
			rows.add(new ReportModel.GapRow(key, w.m().get(prefix + "name"), w.f().gap(value),
					(value != null) ? w.f().count(n) : w.f().notMeasured(), w.interval(interval), status(w, key, tone),
					tone.css(), w.m().get(prefix + "between"), w.m().get(prefix + "causes"),
					(value != null) ? w.m().get(prefix + "close") : w.m().get("gap.notMeasured.close")));
		}
		return rows;
	}

	/**
	 * A gap's status in words: a shortfall or excess of gaps 1 to 4 and the perception
	 * gap says what falls short of what ("delivery below the standard"); the customer gap
	 * and every other status use the level words ("below expectations").
	 */
	static String status(Wording w, String key, Tone tone) {
		String own = "status.gap." + key + "." + tone.css();
		return w.m().get(w.m().keys().contains(own) ? own : "status." + tone.css());
	}

	static ReportModel.Levels levels(Wording w) {
		List<ReportModel.LevelRow> rows = w.levels().stream().map((level) -> levelRow(w, level)).toList();
		return new ReportModel.Levels(rows, rows.reversed());
	}

	static ReportModel.LevelRow levelRow(Wording w, LevelScore level) {
		String key = level.level().key();
		List<String> flags = new ArrayList<>();
		if (level.alpha() != null && level.alpha() < ALPHA_THRESHOLD) {
			flags.add(w.m().get("levels.flag.alpha", w.f().mean(level.alpha())));
		}
		if (level.items() == 1) {
			flags.add(w.m().get("levels.flag.single"));
		}
		return new ReportModel.LevelRow(key, w.level(level.level()),
				new ActionWords(w).text("level." + key + ".", "wants"), w.f().count(level.items()),
				w.f().mean(level.meanE()), w.f().mean(level.meanP()), w.f().gap(level.gap5().mean()),
				w.interval(level.gap5()), w.f().percent(level.gap5().shareMet()), w.f().mean(level.alpha()),
				w.m().get("status." + level.status().key()), level.status().key(), flags);
	}

	/** Whether a level's alpha is below the usual threshold of consistency. */
	static boolean lowAlpha(@Nullable Double alpha) {
		return alpha != null && alpha < ALPHA_THRESHOLD;
	}

	static ReportModel.Management management(Wording w) {
		int managers = w.scores().counts().managers();
		if (managers == 0) {
			return new ReportModel.Management(false, "", false, "", List.of());
		}
		boolean weak = w.weak(managers);
		List<ReportModel.ManagementRow> rows = w.levels()
			.stream()
			.filter((level) -> level.items() > 0)
			.map((level) -> new ReportModel.ManagementRow(w.level(level.level()), w.f().mean(level.managerMeanE()),
					w.f().mean(level.meanE()), w.f().gap(level.gaps().gap1()), w.interval(level.intervals().gap1()),
					GapTones.level(w.scores(), level, Gap.GAP1).css(), w.f().mean(level.managerMeanP()),
					w.f().mean(level.meanP()), w.f().gap(level.gaps().perception()),
					w.interval(level.intervals().perception()),
					GapTones.level(w.scores(), level, Gap.PERCEPTION).css()))
			.toList();
		String evidence = w.m()
			.get(weak ? "management.evidence.weak" : "management.evidence", w.f().count(managers),
					w.f().count(w.scores().engagement().minGroupSize()));
		return new ReportModel.Management(true, SummarySections.perception(w), SummarySections.overrated(w.scores()),
				evidence, rows);
	}

}
