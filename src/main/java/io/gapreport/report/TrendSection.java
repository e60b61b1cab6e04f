package io.gapreport.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.gapreport.chart.ChartSpec;
import io.gapreport.chart.LineChartSpec;
import io.gapreport.chart.Series;
import io.gapreport.scoring.Interval;
import io.gapreport.scoring.TrendPoint;
import io.gapreport.scoring.WaveChange;
import io.gapreport.survey.Level;
import io.gapreport.survey.Scale;
import org.jspecify.annotations.Nullable;

/**
 * The trend page: each wave's respondents, customer gap and NPS with their 95% margins;
 * whether the change since the previous wave is better or worse and whether it is larger
 * than chance, overall, for NPS and per level; a note when the number of managers or
 * audit visits changed a lot; and two charts whose axes take in the margins. A change is
 * the difference of the printed figures, so that the sentence and the table never
 * disagree.
 */
final class TrendSection {

	/** The gap chart spans at least this share of the answer scale's width. */
	private static final double LEAST_GAP_SPAN_OF_SCALE = 1.0 / 6;

	/** The NPS chart spans at least this many points. */
	private static final double LEAST_NPS_SPAN = 20;

	/**
	 * Managers or visits changed a lot when one wave has at least this many times the
	 * other's.
	 */
	private static final double LOT = 2;

	private TrendSection() {
	}

	static ReportModel.Trend trend(Wording w) {
		List<TrendPoint> trend = w.scores().trend();
		List<ReportModel.TrendRow> rows = trend.stream().map((point) -> row(w, point)).toList();
		if (trend.size() < 2) {
			return new ReportModel.Trend(false, "", "", rows, List.of(), List.of(), List.of());
		}
		TrendPoint previous = trend.get(trend.size() - 2);
		TrendPoint current = trend.getLast();
		List<String> verdicts = new ArrayList<>();
		WaveChange gap = WaveChange.ofGap(previous, current);
		if (gap != null) {
			double change = printedGap(current.gap5()) - printedGap(previous.gap5());
			verdicts.add(w.m()
				.get("trend.gap." + direction(change), previous.wave(), w.f().gap(previous.gap5()),
						w.f().gap(current.gap5()), w.f().gap(change), verdict(w, gap)));
		}
		WaveChange nps = WaveChange.ofNps(previous, current);
		if (nps != null) {
			double change = Math.round(current.nps()) - Math.round(previous.nps());
			verdicts.add(w.m()
				.get("trend.nps." + direction(change), previous.wave(), w.f().points(previous.nps()),
						w.f().points(current.nps()), w.f().points(change), verdict(w, nps)));
		}
		List<ReportModel.LevelTrendRow> levels = new ArrayList<>();
		for (Level level : Level.values()) {
			WaveChange change = WaveChange.ofLevel(previous, current, level);
			if (change != null) {
				double before = previous.levels().get(level).mean();
				double now = current.levels().get(level).mean();
				double printed = printedGap(now) - printedGap(before);
				levels.add(new ReportModel.LevelTrendRow(w.level(level), w.f().gap(before), w.f().gap(now),
						w.f().gap(printed), levelVerdict(w, change, printed)));
			}
		}
		List<String> notes = new ArrayList<>();
		note(w, notes, "trend.managers", previous, previous.managers(), current.managers());
		note(w, notes, "trend.audits", previous, previous.audits(), current.audits());
		return new ReportModel.Trend(true, previous.wave(), current.wave(), rows, verdicts, levels, notes);
	}

	/** The two trend charts, from the second wave on. */
	static void charts(Wording w, Map<String, ChartSpec> charts) {
		List<TrendPoint> trend = w.scores().trend();
		if (trend.size() < 2) {
			return;
		}
		var m = w.m();
		List<String> waves = trend.stream().map(TrendPoint::wave).toList();
		Scale scale = w.scores().engagement().scale();
		charts.put("trend-gap",
				new LineChartSpec("", m.get("trend.axis.wave"), m.get("trend.axis.gap"), waves,
						List.of(new Series(m.get("trend.axis.gap"), trend.stream().map((p) -> nan(p.gap5())).toList())),
						List.of(new Series(m.get("trend.axis.gap"),
								trend.stream().map((p) -> nan(WaveChange.gapHalfWidth(p))).toList())),
						2, (scale.max() - scale.min()) * LEAST_GAP_SPAN_OF_SCALE, w.f().locale()));
		// whole points, rounded as the tables round them (Formats.points)
		charts.put("trend-nps", new LineChartSpec("", m.get("trend.axis.wave"), m.get("trend.axis.nps"), waves, List
			.of(new Series(m.get("trend.axis.nps"),
					trend.stream().map((p) -> (p.nps() != null) ? (double) Math.round(p.nps()) : Double.NaN).toList())),
				List.of(new Series(m.get("trend.axis.nps"),
						trend.stream().map((p) -> nan(WaveChange.npsMargin(p))).toList())),
				0, LEAST_NPS_SPAN, w.f().locale()));
	}

	private static ReportModel.TrendRow row(Wording w, TrendPoint point) {
		Double half = WaveChange.gapHalfWidth(point);
		Interval interval = (point.gap5() != null && half != null)
				? new Interval(point.gap5() - half, point.gap5() + half) : null;
		Double margin = WaveChange.npsMargin(point);
		return new ReportModel.TrendRow(point.wave(),
				(point.waveDate() != null) ? w.f().date(point.waveDate()) : w.f().notMeasured(),
				w.f().count(point.customers()), count(w, point.managers()), count(w, point.audits()),
				w.f().gap(point.gap5()), w.interval(interval), w.f().points(point.nps()),
				(margin != null) ? "\u00b1\u00a0" + w.f().margin(margin) : "");
	}

	private static String count(Wording w, @Nullable Integer count) {
		return (count != null) ? w.f().count(count) : w.f().notMeasured();
	}

	/**
	 * A note when one wave rests on at least twice the managers (or visits) of the other.
	 */
	private static void note(Wording w, List<String> notes, String key, TrendPoint previous, @Nullable Integer before,
			@Nullable Integer now) {
		if (before == null || now == null || before.equals(now)) {
			return;
		}
		int fewer = Math.min(before, now);
		int more = Math.max(before, now);
		if (fewer == 0 || more >= LOT * fewer) {
			notes.add(w.m().get(key, w.f().count(now), w.f().count(before), previous.wave()));
		}
	}

	/**
	 * {@code better}, {@code worse} or {@code same}: higher is better for gaps and NPS.
	 */
	private static String direction(double printedChange) {
		if (Math.abs(printedChange) < 1e-9) {
			return "same";
		}
		return (printedChange > 0) ? "better" : "worse";
	}

	private static String verdict(Wording w, WaveChange change) {
		if (change.p() == null) {
			return w.m().get("trend.untested");
		}
		return w.m().get(change.significant() ? "trend.significant" : "trend.chance", w.f().probability(change.p()));
	}

	private static String levelVerdict(Wording w, WaveChange change, double printed) {
		if (change.p() == null) {
			return w.m().get("trend.level.untested");
		}
		String key = !change.significant() ? "trend.level.chance"
				: ("trend.level." + direction(printed).replace("same", "chance"));
		return w.m().get(key, w.f().probability(change.p()));
	}

	/** A gap as the report prints it (two decimals, half-even as {@link Formats}). */
	static double printedGap(double value) {
		return new BigDecimal(value).setScale(2, RoundingMode.HALF_EVEN).doubleValue();
	}

	private static Double nan(@Nullable Double value) {
		return (value != null) ? value : Double.NaN;
	}

}
