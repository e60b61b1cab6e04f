package io.gapreport.chart;

import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrendLinesTests {

	@Test
	void npsReadsInWholePointsWithATrueMinus() {
		JFreeChart chart = Charts.create(new LineChartSpec("", "Fala", "NPS", List.of("Q2", "Q3"),
				List.of(new Series("NPS", List.of(-9.0, 4.0))), 0, ChartsTests.POLISH));
		CategoryPlot plot = chart.getCategoryPlot();
		String label = plot.getRenderer().getDefaultItemLabelGenerator().generateLabel(plot.getDataset(), 0, 0);
		assertThat(label).isEqualTo("\u22129");
		assertThat(plot.getRangeAxis()).isInstanceOfSatisfying(org.jfree.chart.axis.NumberAxis.class,
				(axis) -> assertThat(axis.getTickUnit().getSize()).isGreaterThanOrEqualTo(1));
	}

	@Test
	void theValueAxisTakesInEveryWhiskerAndNeverSpansLessThanItsLeastSpan() {
		// -0.32 ± 0.10 and -0.10 ± 0.09 on a 1-7 scale: at least one point
		JFreeChart chart = Charts.create(new LineChartSpec("", "Wave", "Gap", List.of("Q2", "Q3"),
				List.of(new Series("Gap", List.of(-0.32, -0.10))), List.of(new Series("Gap", List.of(0.10, 0.09))), 2,
				1.0, ChartsTests.POLISH));
		var axis = chart.getCategoryPlot().getRangeAxis();
		assertThat(axis.getLowerBound()).isLessThanOrEqualTo(-0.42);
		assertThat(axis.getUpperBound()).isGreaterThanOrEqualTo(0);
		assertThat(axis.getUpperBound() - axis.getLowerBound()).isGreaterThanOrEqualTo(1.0);
		assertThat(chart.getCategoryPlot().getAnnotations()).hasSize(2);
	}

	@Test
	void aWideMarginWidensTheAxisBeyondTheLeastSpan() {
		// NPS +10 ± 40 and +20 ± 30: the whiskers, not the least span, set the axis
		JFreeChart chart = Charts.create(new LineChartSpec("", "Wave", "NPS", List.of("Q2", "Q3"),
				List.of(new Series("NPS", List.of(10.0, 20.0))), List.of(new Series("NPS", List.of(40.0, 30.0))), 0, 20,
				ChartsTests.POLISH));
		var axis = chart.getCategoryPlot().getRangeAxis();
		assertThat(axis.getLowerBound()).isLessThanOrEqualTo(-30);
		assertThat(axis.getUpperBound()).isGreaterThanOrEqualTo(50);
	}

}
