package io.gapreport.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.gapreport.chart.BarChartSpec;
import io.gapreport.chart.BenchmarkChartSpec;
import io.gapreport.chart.ChartSpec;
import io.gapreport.chart.LineChartSpec;
import io.gapreport.chart.NpsDistributionSpec;
import io.gapreport.chart.RangeChartSpec;
import io.gapreport.chart.ScatterChartSpec;
import io.gapreport.chart.Series;
import io.gapreport.scoring.FcrScore;
import io.gapreport.scoring.ItemScore;
import io.gapreport.scoring.LevelScore;
import io.gapreport.scoring.Scores;
import io.gapreport.scoring.TrendPoint;

/**
 * The report's charts, by the id the templates place them with; a chart without data is
 * left out.
 */
final class ChartSpecs {

	private ChartSpecs() {
	}

	static Map<String, ChartSpec> of(Wording w) {
		Map<String, ChartSpec> charts = new LinkedHashMap<>();
		Scores scores = w.scores();
		var m = w.m();
		var locale = w.f().locale();
		var signLabels = new BarChartSpec.SignLabels(m.get("legend.shortfall"), m.get("legend.met"));
		List<String> gapNames = GapSections.GAP_KEYS.stream().map((key) -> m.get("gap." + key + ".short")).toList();
		List<Double> gapValues = GapSections.GAP_KEYS.stream()
			.map((key) -> nan(GapSections.gapValue(scores, key)))
			.toList();
		if (gapValues.stream().anyMatch((value) -> !value.isNaN())) {
			charts.put("gaps",
					new BarChartSpec("", "", m.get("gaps.chart.axis"), gapNames,
							List.of(new Series(m.get("gaps.col.value"), gapValues)), BarChartSpec.Colouring.BY_SIGN,
							signLabels, locale));
		}
		List<LevelScore> measured = w.levels().stream().filter(SummarySections::isMeasured).toList();
		if (!measured.isEmpty()) {
			List<String> names = measured.stream().map((level) -> w.level(level.level())).toList();
			charts.put("levels-ep", new BarChartSpec("", "", m.get("levels.chart.axis"), names,
					List.of(new Series(m.get("series.expected"), measured.stream().map((l) -> nan(l.meanE())).toList()),
							new Series(m.get("series.perceived"),
									measured.stream().map((l) -> nan(l.meanP())).toList())),
					BarChartSpec.Colouring.BY_SERIES, null, locale));
			List<RangeChartSpec.Interval> intervals = measured.stream()
				.filter((level) -> level.gap5().ciLow() != null)
				.map((level) -> new RangeChartSpec.Interval(w.level(level.level()), level.gap5().mean(),
						level.gap5().ciLow(), level.gap5().ciHigh()))
				.toList();
			if (!intervals.isEmpty()) {
				charts.put("levels-gap", new RangeChartSpec("", "", m.get("levels.chart.gapAxis"), intervals, locale));
			}
			List<LevelScore> managed = measured.stream().filter((level) -> level.managerMeanP() != null).toList();
			if (!managed.isEmpty()) {
				charts.put("management",
						new BarChartSpec("", "", m.get("levels.chart.axis"),
								managed.stream().map((level) -> w.level(level.level())).toList(),
								List.of(new Series(m.get("management.series.managers"),
										managed.stream().map((l) -> nan(l.managerMeanP())).toList()),
										new Series(m.get("management.series.customers"),
												managed.stream().map((l) -> nan(l.meanP())).toList())),
								BarChartSpec.Colouring.BY_SERIES, null, locale));
			}
		}
		if (hasIpaPoints(scores)) {
			charts.put("ipa", ipa(w));
		}
		if (scores.nps() != null) {
			charts.put("nps",
					new NpsDistributionSpec("", m.get("nps.axis.score"), m.get("nps.axis.count"),
							scores.nps().distribution(), new NpsDistributionSpec.Groups(m.get("nps.detractors"),
									m.get("nps.passives"), m.get("nps.promoters")),
							locale));
		}
		if (hasBenchmarkedChannel(scores)) {
			List<BenchmarkChartSpec.Channel> channels = scores.fcr()
				.stream()
				.filter((fcr) -> fcr.best() != null)
				.map((fcr) -> new BenchmarkChartSpec.Channel(fcr.channel(), fcr.rate(), fcr.best(), fcr.rest()))
				.toList();
			charts.put("fcr",
					new BenchmarkChartSpec("", m.get("fcr.axis.rate"), channels,
							new BenchmarkChartSpec.Labels(m.get("fcr.ours"), m.get("fcr.oursBelowRest"),
									m.get("fcr.best"), m.get("fcr.rest")),
							locale));
		}
		List<TrendPoint> trend = scores.trend();
		if (trend.size() >= 2) {
			List<String> waves = trend.stream().map(TrendPoint::wave).toList();
			charts.put("trend-gap",
					new LineChartSpec("", m.get("trend.axis.wave"), m.get("trend.axis.gap"), waves, List
						.of(new Series(m.get("trend.axis.gap"), trend.stream().map((p) -> nan(p.gap5())).toList())),
							locale));
			charts.put("trend-nps",
					new LineChartSpec("", m.get("trend.axis.wave"), m.get("trend.axis.nps"), waves, List
						.of(new Series(m.get("trend.axis.nps"), trend.stream().map((p) -> nan(p.nps())).toList())),
							locale));
		}
		return charts;
	}

	private static ScatterChartSpec ipa(Wording w) {
		var m = w.m();
		List<ScatterChartSpec.Point> points = new ArrayList<>();
		for (ItemScore item : w.scores().items()) {
			Double importance = importance(w.scores(), item);
			if (importance != null && item.meanP() != null) {
				points.add(new ScatterChartSpec.Point(item.question().code(), item.meanP(), importance));
			}
		}
		double xSplit = points.stream().mapToDouble(ScatterChartSpec.Point::x).average().orElse(0);
		double ySplit = points.stream().mapToDouble(ScatterChartSpec.Point::y).average().orElse(0);
		return new ScatterChartSpec("", m.get("ipa.axis.performance"), m.get("ipa.axis.importance"), points, xSplit,
				ySplit, new ScatterChartSpec.Quadrants(m.get("ipa.quadrant.concentrate"), m.get("ipa.quadrant.keep"),
						m.get("ipa.quadrant.low"), m.get("ipa.quadrant.overkill")),
				w.f().locale());
	}

	/**
	 * An item's importance: its weight when every item has one, else its mean
	 * expectation.
	 */
	private static Double importance(Scores scores, ItemScore item) {
		boolean weighted = scores.items().stream().allMatch((i) -> i.question().weight() != null);
		return weighted ? item.question().weight() : item.meanE();
	}

	static boolean hasIpaPoints(Scores scores) {
		return scores.items()
			.stream()
			.filter((item) -> item.meanP() != null && importance(scores, item) != null)
			.count() >= 2;
	}

	static boolean hasBenchmarkedChannel(Scores scores) {
		return scores.fcr().stream().map(FcrScore::best).anyMatch(java.util.Objects::nonNull);
	}

	private static Double nan(Double value) {
		return (value != null) ? value : Double.NaN;
	}

}
