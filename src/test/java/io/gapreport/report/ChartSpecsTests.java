package io.gapreport.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.gapreport.chart.BarChartSpec;
import io.gapreport.chart.BenchmarkChartSpec;
import io.gapreport.chart.ChartSpec;
import io.gapreport.chart.GapBarsSpec;
import io.gapreport.chart.LineChartSpec;
import io.gapreport.chart.ScatterChartSpec;
import io.gapreport.chart.Tone;
import io.gapreport.scoring.Action;
import io.gapreport.scoring.ItemScore;
import io.gapreport.scoring.Scores;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class ChartSpecsTests {

	@TempDir
	static Path folder;

	/** The spec's worked example in four languages, and the sample workbooks. */
	static Stream<Path> workbooks() throws Exception {
		Stream<Path> examples = Stream.of("en", "pl", "cs", "ru").map((language) -> write(language));
		try (Stream<Path> samples = Files.list(Path.of("input"))) {
			List<Path> xlsx = samples.filter((file) -> file.toString().endsWith(".xlsx")).sorted().toList();
			return Stream.concat(examples, xlsx.stream());
		}
	}

	@ParameterizedTest
	@MethodSource("workbooks")
	void aGapIsRedOnlyWhenItsShortfallIsProven(Path workbook) throws Exception {
		Scores scores = ExampleWorkbooks.score(workbook).scores();
		GapBarsSpec gaps = (GapBarsSpec) charts(scores).get("gaps");
		for (int i = 0; i < gaps.bars().size(); i++) {
			GapBarsSpec.Bar bar = gaps.bars().get(i);
			String key = GapSections.GAP_KEYS.get(i);
			assertThat(bar.value()).isEqualTo(GapSections.gapValue(scores, key));
			boolean proven = key.equals("gap5") ? scores.overallGap5().isShortfall()
					: scores.nextSteps()
						.actions()
						.stream()
						.anyMatch((action) -> action instanceof Action.GapShortfall gap && gap.gap().key().equals(key)
								&& !gap.indicative());
			assertThat(bar.tone() == Tone.SHORTFALL).as(key).isEqualTo(proven);
		}
	}

	@ParameterizedTest
	@MethodSource("workbooks")
	void anItemIsRedInTheMatrixOnlyWhenItsIntervalLiesBelowZero(Path workbook) throws Exception {
		Scores scores = ExampleWorkbooks.score(workbook).scores();
		Map<String, ChartSpec> charts = charts(scores);
		if (!ChartSpecs.hasIpaPoints(scores)) {
			assertThat(charts).doesNotContainKey("ipa");
			return;
		}
		ScatterChartSpec ipa = (ScatterChartSpec) charts.get("ipa");
		for (ScatterChartSpec.Point point : ipa.points()) {
			ItemScore item = scores.items()
				.stream()
				.filter((i) -> i.question().code().equals(point.label()))
				.findFirst()
				.orElseThrow();
			assertThat(point.y()).isEqualTo(item.importance());
			assertThat(point.x()).isEqualTo(item.gap5().mean());
			assertThat(point.tone() == Tone.SHORTFALL).as(point.label()).isEqualTo(item.gap5().isShortfall());
		}
		String basis = scores.importanceBasis().name().toLowerCase(java.util.Locale.ROOT);
		assertThat(ipa.yAxisLabel())
			.isEqualTo(Messages.load(scores.engagement().language(), null).get("ipa.axis.importance." + basis))
			.contains("(");
	}

	@ParameterizedTest
	@MethodSource("workbooks")
	void meansStartAtTheScaleMinimumAndFcrShowsEveryChannelInOrder(Path workbook) throws Exception {
		Scores scores = ExampleWorkbooks.score(workbook).scores();
		Map<String, ChartSpec> charts = charts(scores);
		BarChartSpec levels = (BarChartSpec) charts.get("levels-ep");
		assertThat(levels.scaleMin()).isEqualTo(scores.engagement().scale().min());
		if (!scores.fcr().isEmpty()) {
			BenchmarkChartSpec fcr = (BenchmarkChartSpec) charts.get("fcr");
			assertThat(fcr.channels()).extracting(BenchmarkChartSpec.Channel::ours)
				.containsExactlyElementsOf(scores.fcr().stream().map((channel) -> channel.rate()).toList());
		}
		if (charts.get("trend-nps") instanceof LineChartSpec nps) {
			assertThat(nps.series().getFirst().values()).allMatch((value) -> value.isNaN() || value % 1 == 0);
		}
	}

	private static Map<String, ChartSpec> charts(Scores scores) {
		Messages messages = Messages.load(scores.engagement().language(), null);
		return ChartSpecs.of(new Wording(scores, messages, new Formats(messages.locale(), "\u2013")));
	}

	private static Path write(String language) {
		try {
			return ExampleWorkbooks.write(folder, language, "Klient", "Q1");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
