package io.gapreport.chart;

import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;

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
		// points (NPS) read as whole numbers; gaps on the answer scale with two decimals
		double largest = spec.series()
			.stream()
			.flatMap((series) -> series.values().stream())
			.filter((value) -> !value.isNaN())
			.mapToDouble(Math::abs)
			.max()
			.orElse(0);
		int decimals = (largest >= 10) ? 0 : 2;
		NumberAxis valueAxis = ChartStyle.valueAxis(spec.valueAxisLabel(),
				ChartStyle.decimals(spec.locale(), decimals));
		valueAxis.setAutoRangeIncludesZero(negative);
		// room for the value labels above and below the extreme points
		valueAxis.setUpperMargin(0.25);
		valueAxis.setLowerMargin(0.25);
		LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
		renderer.setDefaultItemLabelGenerator(
				new StandardCategoryItemLabelGenerator("{2}", ChartStyle.decimals(spec.locale(), decimals)));
		renderer.setDefaultItemLabelsVisible(spec.series().size() == 1);
		CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(SignedBars.blankToNull(spec.waveAxisLabel())),
				valueAxis, renderer);
		if (negative) {
			plot.addRangeMarker(ChartStyle.zeroLine());
		}
		JFreeChart chart = ChartStyle.chart(spec.title(), plot, spec.series().size() > 1);
		for (int i = 0; i < spec.series().size(); i++) {
			renderer.setSeriesShape(i, DOT);
			renderer.setSeriesStroke(i, new BasicStroke(1.5f));
			renderer.setSeriesPaint(i, ChartStyle.seriesColour(i));
		}
		return chart;
	}

}
