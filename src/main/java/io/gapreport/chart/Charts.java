package io.gapreport.chart;

import org.jfree.chart.JFreeChart;

/**
 * Turns a {@link ChartSpec} into a JFreeChart chart in the report's one style. The chart
 * is not drawn here: see {@link PdfChartPainter}.
 */
public final class Charts {

	private Charts() {
	}

	/**
	 * Builds the chart a spec describes.
	 * @param spec what to show
	 * @return a new chart, styled and ready to draw
	 */
	public static JFreeChart create(ChartSpec spec) {
		return switch (spec) {
			case BarChartSpec bars -> MeanBars.create(bars);
			case GapBarsSpec gaps -> GapBars.create(gaps);
			case RangeChartSpec intervals -> IntervalRows.create(intervals);
			case ScatterChartSpec matrix -> QuadrantScatter.create(matrix);
			case NpsDistributionSpec nps -> NpsBars.create(nps);
			case BenchmarkChartSpec benchmark -> BenchmarkBars.create(benchmark);
			case LineChartSpec trend -> TrendLines.create(trend);
		};
	}

}
