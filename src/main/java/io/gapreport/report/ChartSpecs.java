package io.gapreport.report;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.gapreport.chart.BarChartSpec;
import io.gapreport.chart.BenchmarkChartSpec;
import io.gapreport.chart.ChartSpec;
import io.gapreport.chart.GapBarsSpec;
import io.gapreport.chart.NpsDistributionSpec;
import io.gapreport.chart.RangeChartSpec;
import io.gapreport.chart.Series;
import io.gapreport.chart.Tone;
import io.gapreport.scoring.FcrScore;
import io.gapreport.scoring.LevelScore;
import io.gapreport.scoring.Scores;
import io.gapreport.survey.Scale;

/**
 * The report's charts, by the id the templates place them with; a chart without data is
 * left out. Colours follow the report's one palette: red only for what is proven short.
 */
final class ChartSpecs {

	private ChartSpecs() {
	}

	static Map<String, ChartSpec> of(Wording w) {
		Map<String, ChartSpec> charts = new LinkedHashMap<>();
		Scores scores = w.scores();
		var m = w.m();
		var locale = w.f().locale();
		Scale scale = scores.engagement().scale();
		if (GapSections.GAP_KEYS.stream().anyMatch((key) -> GapSections.gapValue(scores, key) != null)) {
			charts.put("gaps", GapTones.chart(w, tones(w)));
		}
		List<LevelScore> measured = w.levels().stream().filter(SummarySections::isMeasured).toList();
		if (!measured.isEmpty()) {
			List<String> names = measured.stream().map((level) -> w.level(level.level())).toList();
			charts.put("levels-ep", new BarChartSpec("", "", m.get("levels.chart.axis"), names,
					List.of(new Series(m.get("series.expected"), measured.stream().map((l) -> nan(l.meanE())).toList()),
							new Series(m.get("series.perceived"),
									measured.stream().map((l) -> nan(l.meanP())).toList())),
					scale.min(), scale.max(), locale));
			List<RangeChartSpec.Interval> intervals = measured.stream()
				.filter((level) -> level.gap5().ciLow() != null)
				.map((level) -> new RangeChartSpec.Interval(w.level(level.level()), level.gap5().mean(),
						level.gap5().ciLow(), level.gap5().ciHigh()))
				.toList();
			if (!intervals.isEmpty()) {
				charts.put("levels-gap",
						new RangeChartSpec("", "", m.get("levels.chart.gapAxis"), intervals, tones(w), locale));
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
								scale.min(), scale.max(), locale));
			}
		}
		if (hasIpaPoints(scores)) {
			charts.put("ipa", ImportanceChart.spec(w, tones(w)));
		}
		if (scores.nps() != null) {
			charts.put("nps",
					new NpsDistributionSpec("", m.get("nps.axis.score"), m.get("nps.axis.count"),
							scores.nps().distribution(), new NpsDistributionSpec.Groups(m.get("nps.detractors"),
									m.get("nps.passives"), m.get("nps.promoters")),
							locale));
		}
		if (hasFcrChart(scores)) {
			charts.put("fcr", fcr(w));
		}
		if (!scores.voice().themes().isEmpty()) {
			charts.put("themes", VoiceSection.chart(w));
		}
		TrendSection.charts(w, charts);
		return charts;
	}

	/**
	 * Every channel, in the order of {@code scores.fcr()}; markers only where
	 * benchmarked.
	 */
	private static BenchmarkChartSpec fcr(Wording w) {
		var m = w.m();
		List<BenchmarkChartSpec.Channel> channels = w.scores()
			.fcr()
			.stream()
			.map((fcr) -> new BenchmarkChartSpec.Channel(w.channel(fcr.channel()), fcr.rate(), fcr.best(), fcr.rest(),
					fcr.ciLow(), fcr.ciHigh()))
			.toList();
		return new BenchmarkChartSpec("", m.get("fcr.axis.rate"), channels,
				new BenchmarkChartSpec.Labels(m.get("fcr.ours"), m.get("fcr.best"), m.get("fcr.rest")), w.f().locale());
	}

	/** The legend text of each tone: the status words, and the indicative word. */
	static Map<Tone, String> tones(Wording w) {
		Map<Tone, String> tones = new EnumMap<>(Tone.class);
		tones.put(Tone.SHORTFALL, w.m().get("status.shortfall"));
		tones.put(Tone.INDICATIVE, w.m().get("legend.indicative"));
		tones.put(Tone.NO_DIFFERENCE, w.m().get("status.no_difference"));
		tones.put(Tone.EXCEEDED, w.m().get("status.exceeded"));
		return tones;
	}

	static boolean hasIpaPoints(Scores scores) {
		return ImportanceChart.placeable(scores).size() >= 2;
	}

	/** Whether the first-contact chart is drawn: whenever any channel was measured. */
	static boolean hasFcrChart(Scores scores) {
		return !scores.fcr().isEmpty();
	}

	static boolean hasBenchmarkedChannel(Scores scores) {
		return scores.fcr().stream().map(FcrScore::best).anyMatch(java.util.Objects::nonNull);
	}

	static Double nan(Double value) {
		return (value != null) ? value : Double.NaN;
	}

}
