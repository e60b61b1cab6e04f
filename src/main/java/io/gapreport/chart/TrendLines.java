package io.gapreport.chart;

import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.util.DoubleSummaryStatistics;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/** One line per series over the survey waves. */
final class TrendLines {

	private static final Shape DOT = new Ellipse2D.Double(-3, -3, 6, 6);

	private TrendLines() {
	}

	static JFreeChart create(LineChartSpec spec) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		boolean negative = false;
		for (Series series : spec.series()) {
			for (int i = 0; i < spec.waves().size(); i++) {
				double value = series.values().get(i);
				negative |= value < 0;
				data.addValue(Double.isNaN(value) ? null : value, series.name(), spec.waves().get(i));
			}
		}
		DoubleSummaryStatistics values = spec.series()
			.stream()
			.flatMap((series) -> series.values().stream())
			.filter((value) -> !value.isNaN())
			.mapToDouble(Double::doubleValue)
			.summaryStatistics();
		// a trend below zero is shown against zero; one above zero against its own range
		double low = negative ? Math.min(0, values.getMin()) : values.getMin();
		double high = negative ? Math.max(0, values.getMax()) : values.getMax();
		if (values.getCount() == 0) {
			low = 0;
			high = 0;
		}
		// room for the value labels above and below the extreme points
		double margin = Math.max(high - low, Math.pow(10, -spec.decimals())) * 0.25;
		NumberAxis valueAxis = ChartStyle.valueAxis(spec.valueAxisLabel(), ChartStyle.decimals(spec.locale(), 0));
		Ticks ticks = Ticks.of(low - margin, high + margin, 6);
		if (spec.decimals() == 0 && ticks.step() < 1) {
			ticks = new Ticks(1, 0);
		}
		ticks.apply(valueAxis, low - margin, high + margin, ticks.format(spec.locale()));
		LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
		renderer.setDefaultItemLabelGenerator(
				new StandardCategoryItemLabelGenerator("{2}", ChartStyle.signed(spec.locale(), spec.decimals())));
		renderer.setDefaultItemLabelsVisible(spec.series().size() == 1);
		CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(ChartStyle.blankToNull(spec.waveAxisLabel())),
				valueAxis, renderer);
		if (negative) {
			plot.addRangeMarker(ChartStyle.zeroLine());
		}
		JFreeChart chart = ChartStyle.chart(spec.title(), plot, spec.series().size() > 1);
		for (int i = 0; i < spec.series().size(); i++) {
			renderer.setSeriesShape(i, DOT);
			renderer.setSeriesStroke(i, new BasicStroke(1.5f));
			renderer.setSeriesPaint(i, ChartStyle.categoryColour(i + 1));
		}
		return chart;
	}

}
