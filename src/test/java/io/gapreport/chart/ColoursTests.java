package io.gapreport.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ColoursTests {

	@ParameterizedTest
	@CsvSource({ "-0.6, 0.0", "-0.6, 0.1", "-0.2, 0.4", "0.0, 0.3" })
	void anIntervalThatReachesZeroIsNeverRed(double low, double high) {
		RangeChartSpec.Interval interval = new RangeChartSpec.Interval("a", (low + high) / 2, low, high);
		assertThat(IntervalRows.colour(interval)).isEqualTo(ChartStyle.NO_DIFFERENCE);
	}

	@Test
	void anIntervalWhollyBelowZeroIsRedAndWhollyAboveIsBlue() {
		assertThat(IntervalRows.colour(new RangeChartSpec.Interval("a", -0.4, -0.6, -0.2)))
			.isEqualTo(ChartStyle.SHORTFALL);
		assertThat(IntervalRows.colour(new RangeChartSpec.Interval("a", 0.4, 0.2, 0.6))).isEqualTo(ChartStyle.EXCEEDED);
	}

	@Test
	void theIntervalLegendNamesOnlyTheTonesDrawn() {
		JFreeChart chart = Charts.create(new RangeChartSpec("", "", "Luka",
				List.of(new RangeChartSpec.Interval("Dokładność", -0.4, -0.6, -0.2),
						new RangeChartSpec.Interval("Dostępność", -0.1, -0.3, 0.1)),
				ChartsTests.TONES, ChartsTests.POLISH));
		assertThat(labels(chart.getCategoryPlot().getLegendItems())).containsExactly("Niedobór",
				"Brak istotnej różnicy");
	}

	@Test
	void npsGroupsAreNeutralCategoriesNeverRed() {
		for (int score = 0; score <= 10; score++) {
			assertThat(NpsBars.groupColour(score)).isNotEqualTo(ChartStyle.SHORTFALL)
				.isNotEqualTo(ChartStyle.INDICATIVE);
		}
		assertThat(NpsBars.groupColour(0)).isNotEqualTo(NpsBars.groupColour(7)).isNotEqualTo(NpsBars.groupColour(9));
	}

	@Test
	void theNpsLegendLeavesOutAGroupNobodyIsIn() {
		List<Integer> counts = new ArrayList<>(Collections.nCopies(11, 0));
		counts.set(8, 5);
		counts.set(10, 7);
		JFreeChart chart = Charts.create(new NpsDistributionSpec("", "", "", counts,
				new NpsDistributionSpec.Groups("Krytycy", "Bierni", "Promotorzy"), ChartsTests.POLISH));
		assertThat(labels(chart.getCategoryPlot().getLegendItems())).containsExactly("Bierni", "Promotorzy");
	}

	@Test
	void meansStartAtTheScaleMinimumAndTheLegendNamesOnlyDrawnSeries() {
		JFreeChart chart = Charts.create(new BarChartSpec("", "", "Średnia", List.of("Dokładność", "Dostępność"),
				List.of(new Series("Oczekiwane", List.of(5.4, 5.1)),
						new Series("Kierownicy", List.of(Double.NaN, Double.NaN)),
						new Series("Postrzegane", List.of(4.9, 5.3))),
				1, 7, ChartsTests.POLISH));
		CategoryPlot plot = chart.getCategoryPlot();
		assertThat(plot.getRangeAxis().getLowerBound()).isEqualTo(1);
		assertThat(plot.getRangeAxis().getUpperBound()).isGreaterThanOrEqualTo(7);
		assertThat(labels(plot.getLegendItems())).containsExactly("Oczekiwane", "Postrzegane");
	}

	@Test
	void theTallestBarsLeaveRoomAboveForTheirValueLabelsWithoutATickPastTheScale() {
		JFreeChart means = Charts.create(new BarChartSpec("", "", "Średnia", List.of("Dokładność"),
				List.of(new Series("Kierownicy", List.of(6.92)), new Series("Klienci", List.of(5.57))), 1, 7,
				ChartsTests.POLISH));
		double top = means.getCategoryPlot().getRangeAxis().getUpperBound();
		assertThat(top).isGreaterThan(6.92 + 0.12 * 6).isLessThan(8);
		List<Integer> counts = new ArrayList<>(Collections.nCopies(11, 3));
		counts.set(10, 76);
		JFreeChart nps = Charts.create(new NpsDistributionSpec("", "", "", counts,
				new NpsDistributionSpec.Groups("Krytycy", "Bierni", "Promotorzy"), ChartsTests.POLISH));
		assertThat(nps.getCategoryPlot().getRangeAxis().getUpperBound()).isGreaterThan(76 * 1.15);
	}

	@Test
	void everyChannelIsDrawnInOrderAndOnlyBenchmarkedOnesHaveMarkers() {
		JFreeChart chart = Charts.create(new BenchmarkChartSpec("", "FCR",
				List.of(new BenchmarkChartSpec.Channel("Telefon", 0.48, 0.82, 0.56),
						new BenchmarkChartSpec.Channel("Oddział", 0.7, null, null)),
				new BenchmarkChartSpec.Labels("My", "Najlepsi", "Reszta"), ChartsTests.POLISH));
		CategoryPlot plot = chart.getCategoryPlot();
		assertThat(plot.getDataset(0).getColumnKeys()).containsExactly("Telefon", "Oddział");
		assertThat(plot.getDataset(1).getValue("Najlepsi", "Oddział")).isNull();
		assertThat(plot.getDataset(1).getValue("Reszta", "Oddział")).isNull();
		assertThat(plot.getRenderer(0).getItemPaint(0, 0)).isNotEqualTo(ChartStyle.SHORTFALL);
		assertThat(labels(plot.getLegendItems())).containsExactly("My", "Najlepsi", "Reszta");
	}

	@Test
	void aRateTooShortToHoldItsLabelHasItOutsideInDarkText() {
		BenchmarkChartSpec spec = new BenchmarkChartSpec("", "FCR",
				List.of(new BenchmarkChartSpec.Channel("Czat", 0.05, 0.45, 0.28),
						new BenchmarkChartSpec.Channel("Telefon", 0.6, 0.82, 0.56)),
				new BenchmarkChartSpec.Labels("My", "Najlepsi", "Reszta"), ChartsTests.POLISH);
		CategoryPlot plot = Charts.create(spec).getCategoryPlot();
		assertThat(plot.getRenderer(0).getItemLabelPaint(0, 0)).isEqualTo(ChartStyle.TEXT);
		assertThat(plot.getRenderer(0).getItemLabelPaint(0, 1)).isEqualTo(java.awt.Color.WHITE);
	}

	@Test
	void withoutAnyBenchmarkTheLegendNamesNoMarkers() {
		JFreeChart chart = Charts.create(
				new BenchmarkChartSpec("", "FCR", List.of(new BenchmarkChartSpec.Channel("Oddział", 0.7, null, null)),
						new BenchmarkChartSpec.Labels("My", "Najlepsi", "Reszta"), ChartsTests.POLISH));
		assertThat(labels(chart.getCategoryPlot().getLegendItems())).containsExactly("My");
	}

	static List<String> labels(LegendItemCollection legend) {
		List<String> labels = new ArrayList<>();
		for (int i = 0; i < legend.getItemCount(); i++) {
			labels.add(legend.get(i).getLabel());
		}
		return labels;
	}

}
