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

}
