package io.gapreport.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import io.gapreport.chart.ScatterChartSpec.Point;

/**
 * An importance–performance matrix: points coloured by tone, lines at the means, the
 * quadrant names in the plot's corners, labels placed where they collide with nothing,
 * and every quadrant's labels listed beside the plot.
 */
final class QuadrantScatter {

	static final double RADIUS = 3.5;

	private static final Shape DOT = new Ellipse2D.Double(-RADIUS, -RADIUS, 2 * RADIUS, 2 * RADIUS);

	private static final double PAD = 0.08;

	static final Font CAPTION = LiberationSans.awtFont(Font.BOLD, 7.5f);

	private QuadrantScatter() {
	}

	static JFreeChart create(ScatterChartSpec spec) {
		Set<Tone> tones = EnumSet.noneOf(Tone.class);
		spec.points().forEach((point) -> tones.add(point.tone()));
		List<Tone> drawn = List.copyOf(tones);
		XYSeriesCollection data = new XYSeriesCollection();
		for (Tone tone : drawn) {
			XYSeries series = new XYSeries(tone, false, true);
			spec.points().stream().filter((point) -> point.tone() == tone).forEach((p) -> series.add(p.x(), p.y()));
			data.addSeries(series);
		}
		NumberAxis xAxis = axis(spec, spec.xAxisLabel(), spec.points().stream().mapToDouble(Point::x).toArray(),
				spec.xSplit(), 1);
		NumberAxis yAxis = axis(spec, spec.yAxisLabel(), spec.points().stream().mapToDouble(Point::y).toArray(),
				spec.ySplit(), 2);
		XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
		XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
		plot.addDomainMarker(new ValueMarker(spec.xSplit(), ChartStyle.AXIS, new BasicStroke(1f)));
		plot.addRangeMarker(new ValueMarker(spec.ySplit(), ChartStyle.AXIS, new BasicStroke(1f)));
		plot.addAnnotation(new PointLabels(spec));
		JFreeChart chart = ChartStyle.chart(spec.title(), plot, true);
		LegendItemCollection legend = new LegendItemCollection();
		for (int i = 0; i < drawn.size(); i++) {
			renderer.setSeriesPaint(i, ChartStyle.colour(drawn.get(i)));
			renderer.setSeriesShape(i, DOT);
			LegendItem item = new LegendItem(spec.tones().get(drawn.get(i)), ChartStyle.colour(drawn.get(i)));
			item.setShape(DOT);
			legend.add(item);
		}
		plot.setFixedLegendItems(legend);
		chart.addSubtitle(new QuadrantList(spec));
		return chart;
	}

	/**
	 * An axis over the values and the split, with room for captions ({@code room} margins
	 * each side) and distinct tick labels.
	 */
	private static NumberAxis axis(ScatterChartSpec spec, String label, double[] values, double split, int room) {
		double min = split;
		double max = split;
		for (double value : values) {
			min = Math.min(min, value);
			max = Math.max(max, value);
		}
		double margin = (max > min) ? (max - min) * PAD : 0.5;
		double low = min - room * margin;
		double high = max + room * margin;
		NumberAxis axis = ChartStyle.valueAxis(label, ChartStyle.decimals(spec.locale(), 1));
		axis.setAutoRangeIncludesZero(false);
		Ticks ticks = Ticks.of(low, high, 7);
		ticks.apply(axis, low, high, ticks.format(spec.locale()));
		return axis;
	}

	/** The corner of the plot a quadrant's name is written in. */
	static Rectangle2D cornerBox(ScatterChartSpec.Quadrant quadrant, Rectangle2D area, double width, double height) {
		double inset = 3;
		boolean left = quadrant == ScatterChartSpec.Quadrant.TOP_LEFT
				|| quadrant == ScatterChartSpec.Quadrant.BOTTOM_LEFT;
		boolean top = quadrant == ScatterChartSpec.Quadrant.TOP_LEFT || quadrant == ScatterChartSpec.Quadrant.TOP_RIGHT;
		double x = left ? area.getMinX() + inset : area.getMaxX() - inset - width;
		double y = top ? area.getMinY() + inset : area.getMaxY() - inset - height;
		return new Rectangle2D.Double(x, y, width, height);
	}

}
