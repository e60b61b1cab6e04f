package io.gapreport.chart;

import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryLineAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * One line per series over the survey waves, each value's 95% margin a whisker through
 * its point, the value printed beside the point (clear of the whisker).
 */
final class TrendLines {

	private static final Shape DOT = new Ellipse2D.Double(-3, -3, 6, 6);

	private static final ItemLabelPosition RIGHT = new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
			TextAnchor.CENTER_LEFT);

	private static final ItemLabelPosition LEFT = new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9,
			TextAnchor.CENTER_RIGHT);

	private TrendLines() {
	}

	static JFreeChart create(LineChartSpec spec) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		double low = Double.POSITIVE_INFINITY;
		double high = Double.NEGATIVE_INFINITY;
		boolean negative = false;
		for (int s = 0; s < spec.series().size(); s++) {
			Series series = spec.series().get(s);
			for (int i = 0; i < spec.waves().size(); i++) {
				double value = series.values().get(i);
				data.addValue(Double.isNaN(value) ? null : value, series.name(), spec.waves().get(i));
				if (Double.isNaN(value)) {
					continue;
				}
				negative |= value < 0;
				double margin = spec.margin(s, i);
				double reach = Double.isNaN(margin) ? 0 : margin;
				low = Math.min(low, value - reach);
				high = Math.max(high, value + reach);
			}
		}
		if (low > high) {
			low = 0;
			high = 0;
		}
		// a trend below zero is shown against zero; one above zero against its own range
		if (negative) {
			low = Math.min(0, low);
			high = Math.max(0, high);
		}
		if (high - low < spec.leastSpan()) {
			double widen = (spec.leastSpan() - (high - low)) / 2;
			low -= widen;
			high += widen;
		}
		// room for the value labels above and below the extreme points
		double margin = Math.max(high - low, Math.pow(10, -spec.decimals())) * 0.12;
		NumberAxis valueAxis = ChartStyle.valueAxis(spec.valueAxisLabel(), ChartStyle.decimals(spec.locale(), 0));
		Ticks ticks = Ticks.of(low - margin, high + margin, 6);
		if (spec.decimals() == 0 && ticks.step() < 1) {
			ticks = new Ticks(1, 0);
		}
		ticks.apply(valueAxis, low - margin, high + margin, ticks.format(spec.locale()));
		LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true) {

			// the first wave's value left of its point, the others right: clear of the
			// line
			// that leaves the first point and of the one that reaches the last

			@Override
			public ItemLabelPosition getPositiveItemLabelPosition(int row, int column) {
				return (column == 0) ? LEFT : RIGHT;
			}

			@Override
			public ItemLabelPosition getNegativeItemLabelPosition(int row, int column) {
				return getPositiveItemLabelPosition(row, column);
			}

		};
		renderer.setDefaultItemLabelGenerator(
				new StandardCategoryItemLabelGenerator("{2}", ChartStyle.signed(spec.locale(), spec.decimals())));
		renderer.setDefaultItemLabelsVisible(spec.series().size() == 1);
		renderer.setDefaultItemLabelFont(ChartStyle.SMALL);
		CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(ChartStyle.blankToNull(spec.waveAxisLabel())),
				valueAxis, renderer);
		if (negative) {
			plot.addRangeMarker(ChartStyle.zeroLine());
		}
		JFreeChart chart = ChartStyle.chart(spec.title(), plot, spec.series().size() > 1);
		for (int s = 0; s < spec.series().size(); s++) {
			renderer.setSeriesShape(s, DOT);
			renderer.setSeriesStroke(s, new BasicStroke(1.5f));
			renderer.setSeriesPaint(s, ChartStyle.categoryColour(s + 1));
			for (int i = 0; i < spec.waves().size(); i++) {
				double value = spec.series().get(s).values().get(i);
				double half = spec.margin(s, i);
				if (!Double.isNaN(value) && !Double.isNaN(half)) {
					plot.addAnnotation(new CategoryLineAnnotation(spec.waves().get(i), value - half,
							spec.waves().get(i), value + half, ChartStyle.categoryColour(s + 1), new BasicStroke(1f)));
				}
			}
		}
		return chart;
	}

}
