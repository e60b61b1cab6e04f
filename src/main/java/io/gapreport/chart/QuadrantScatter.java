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
		for (double[] placed : placeLabels(spec.points(), x.span(), y.span(), dx)) {
			Point point = spec.points().get((int) placed[2]);
			XYTextAnnotation label = new XYTextAnnotation(point.label(), placed[0], placed[1]);
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

	/**
	 * Where each point's label goes: right of the point, moved up or down by a line when
	 * it would overlap a label already placed (points with equal weights often share a
	 * row). Returns {x, y, point index} in data coordinates.
	 */
	static java.util.List<double[]> placeLabels(java.util.List<Point> points, double xSpan, double ySpan, double dx) {
		double charWidth = xSpan * 0.0085;
		double lineHeight = ySpan * 0.045;
		java.util.List<double[]> boxes = new java.util.ArrayList<>();
		java.util.List<double[]> placed = new java.util.ArrayList<>();
		for (Point point : points) {
			// the dots themselves are obstacles too
			boxes.add(new double[] { point.x() - xSpan * 0.009, point.x() + xSpan * 0.009, point.y() });
		}
		Integer[] order = new Integer[points.size()];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		java.util.Arrays.sort(order, java.util.Comparator.comparingDouble((Integer i) -> points.get(i).y())
			.thenComparingDouble((i) -> points.get(i).x()));
		for (int index : order) {
			Point point = points.get(index);
			double left = point.x() + dx;
			double right = left + charWidth * point.label().length();
			double y = point.y();
			for (int step = 1; overlaps(boxes, left, right, y, lineHeight) && step < 12; step++) {
				y = point.y() + ((step % 2 == 1) ? 1 : -1) * ((step + 1) / 2) * lineHeight;
			}
			boxes.add(new double[] { left, right, y });
			placed.add(new double[] { left, y, index });
		}
		return placed;
	}

	private static boolean overlaps(java.util.List<double[]> boxes, double left, double right, double y,
			double lineHeight) {
		for (double[] box : boxes) {
			if (left < box[1] && box[0] < right && Math.abs(box[2] - y) < lineHeight) {
				return true;
			}
		}
		return false;
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
