package io.gapreport.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import io.gapreport.chart.ScatterChartSpec.Point;

/**
 * An importance–performance matrix: labelled points, quadrant lines and quadrant
 * captions. Points in the top-left quadrant are drawn in the shortfall colour.
 */
final class QuadrantScatter {

	private static final Shape DOT = new Ellipse2D.Double(-3.5, -3.5, 7, 7);

	private static final double PAD = 0.08;

	private static final Font CAPTION = LiberationSans.awtFont(Font.BOLD, 8f);

	private QuadrantScatter() {
	}

	static JFreeChart create(ScatterChartSpec spec) {
		XYSeries priority = new XYSeries("priority", false, true);
		XYSeries other = new XYSeries("other", false, true);
		for (Point point : spec.points()) {
			boolean topLeft = point.y() >= spec.ySplit() && point.x() < spec.xSplit();
			(topLeft ? priority : other).add(point.x(), point.y());
		}
		XYSeriesCollection data = new XYSeriesCollection();
		data.addSeries(priority);
		data.addSeries(other);
		Range x = Range.of(spec.points().stream().mapToDouble(Point::x).toArray(), spec.xSplit());
		Range y = Range.of(spec.points().stream().mapToDouble(Point::y).toArray(), spec.ySplit());
		NumberAxis xAxis = ChartStyle.valueAxis(spec.xAxisLabel(), ChartStyle.decimals(spec.locale(), 1));
		xAxis.setRange(x.low(), x.high());
		NumberAxis yAxis = ChartStyle.valueAxis(spec.yAxisLabel(), ChartStyle.decimals(spec.locale(), 1));
		yAxis.setRange(y.low(), y.high());
		XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
		XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
		plot.addDomainMarker(new ValueMarker(spec.xSplit(), ChartStyle.AXIS, new BasicStroke(1f)));
		plot.addRangeMarker(new ValueMarker(spec.ySplit(), ChartStyle.AXIS, new BasicStroke(1f)));
		JFreeChart chart = ChartStyle.chart(spec.title(), plot, false);
		renderer.setSeriesPaint(0, ChartStyle.SHORTFALL);
		renderer.setSeriesPaint(1, ChartStyle.SERIES[0]);
		renderer.setSeriesShape(0, DOT);
		renderer.setSeriesShape(1, DOT);
		double dx = x.span() * 0.012;
		for (Point point : spec.points()) {
			XYTextAnnotation label = new XYTextAnnotation(point.label(), point.x() + dx, point.y());
			label.setFont(ChartStyle.SMALL);
			label.setPaint(ChartStyle.TEXT);
			label.setTextAnchor(TextAnchor.CENTER_LEFT);
			plot.addAnnotation(label);
		}
		ScatterChartSpec.Quadrants quadrants = spec.quadrants();
		caption(plot, quadrants.topLeft(), x.low() + dx, y.high(), TextAnchor.TOP_LEFT, true);
		caption(plot, quadrants.topRight(), x.high() - dx, y.high(), TextAnchor.TOP_RIGHT, false);
		caption(plot, quadrants.bottomLeft(), x.low() + dx, y.low(), TextAnchor.BOTTOM_LEFT, false);
		caption(plot, quadrants.bottomRight(), x.high() - dx, y.low(), TextAnchor.BOTTOM_RIGHT, false);
		return chart;
	}

	private static void caption(XYPlot plot, String text, double x, double y, TextAnchor anchor, boolean shortfall) {
		XYTextAnnotation caption = new XYTextAnnotation(text, x, y);
		caption.setFont(CAPTION);
		caption.setPaint(shortfall ? ChartStyle.SHORTFALL : ChartStyle.AXIS);
		caption.setTextAnchor(anchor);
		plot.addAnnotation(caption);
	}

	private record Range(double low, double high) {

		static Range of(double[] values, double split) {
			double min = split;
			double max = split;
			for (double value : values) {
				min = Math.min(min, value);
				max = Math.max(max, value);
			}
			double margin = (max > min) ? (max - min) * PAD : 1;
			// room for the quadrant captions above and below the points
			return new Range(min - 2 * margin, max + 2 * margin);
		}

		double span() {
			return this.high - this.low;
		}

	}

}
