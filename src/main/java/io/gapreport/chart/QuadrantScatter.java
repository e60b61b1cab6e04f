package io.gapreport.chart;

import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
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
import org.jspecify.annotations.Nullable;

/**
 * An importance–performance matrix: points coloured by tone, a line at the split of each
 * axis that has one, each point's label where it collides with nothing, and the verdicts
 * with their labels listed beside the plot. The horizontal axis always shows its split
 * (zero for a gap) and at least its least span, so that a small difference does not fill
 * the plot.
 */
final class QuadrantScatter {

	static final double RADIUS = 3.5;

	private static final Shape DOT = new Ellipse2D.Double(-RADIUS, -RADIUS, 2 * RADIUS, 2 * RADIUS);

	private static final double PAD = 0.08;

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
		NumberAxis xAxis = axis(spec, spec.xAxisLabel(),
				Span.of(spec.points().stream().mapToDouble(Point::x).toArray(), spec.xSplit(), spec.xMinSpan()));
		NumberAxis yAxis = axis(spec, spec.yAxisLabel(), ySpan(spec));
		XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
		XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
		plot.addDomainMarker(new ValueMarker(spec.xSplit(), ChartStyle.AXIS, new BasicStroke(1f)));
		if (spec.ySplit() != null) {
			plot.addRangeMarker(new ValueMarker(spec.ySplit(), ChartStyle.AXIS, new BasicStroke(1f)));
		}
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
		if (!spec.verdicts().isEmpty()) {
			chart.addSubtitle(new VerdictList(spec));
		}
		return chart;
	}

	/** The vertical axis' span: over the points' values and the split, if any. */
	static Span ySpan(ScatterChartSpec spec) {
		return Span.of(spec.points().stream().mapToDouble(Point::y).toArray(), spec.ySplit(), spec.yMinSpan());
	}

	private static NumberAxis axis(ScatterChartSpec spec, String label, Span span) {
		NumberAxis axis = ChartStyle.valueAxis(label, ChartStyle.decimals(spec.locale(), 1));
		axis.setAutoRangeIncludesZero(false);
		span.ticks().apply(axis, span.low(), span.high(), span.ticks().format(spec.locale()));
		return axis;
	}

	/**
	 * An axis' range, over the values and the split, at least {@code leastSpan} wide,
	 * with a margin each side, and its ticks, whose labels read distinct.
	 *
	 * @param low the range's lower end
	 * @param high the range's upper end
	 * @param ticks its ticks
	 */
	record Span(double low, double high, Ticks ticks) {

		static Span of(double[] values, @Nullable Double split, double leastSpan) {
			double min = Double.POSITIVE_INFINITY;
			double max = Double.NEGATIVE_INFINITY;
			for (double value : values) {
				min = Math.min(min, value);
				max = Math.max(max, value);
			}
			if (split != null) {
				min = Math.min(min, split);
				max = Math.max(max, split);
			}
			if (max - min < leastSpan) {
				double widen = (leastSpan - (max - min)) / 2;
				min -= widen;
				max += widen;
			}
			double margin = (max > min) ? (max - min) * PAD : 0.5;
			double low = min - margin;
			double high = max + margin;
			return new Span(low, high, Ticks.of(low, high, 7));
		}

	}

}
