package io.gapreport.chart;

import java.awt.Color;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Horizontal bars of our rate per channel, each with its 95% interval as a whisker under
 * it, with markers for the best and the rest where the channel has a benchmark.
 */
final class BenchmarkBars {

	private static final Color OURS = ChartStyle.CATEGORY[1];

	private static final Color BEST = ChartStyle.CATEGORY[4];

	private static final Color REST = ChartStyle.CATEGORY[0];

	private static final Shape DIAMOND = diamond(5);

	private static final Shape TICK = new Rectangle2D.Double(-1.5, -8, 3, 16);

	private static final Shape LEGEND_TICK = new Rectangle2D.Double(-1.5, -5, 3, 10);

	/** A bar's most thickness, as a share of the plot's height. */
	private static final double BAR_SHARE = 0.12;

	/** The shortest bar that holds its percentage inside. */
	private static final double LEAST_LABELLED_RATE = 0.12;

	private static final ItemLabelPosition INSIDE = new ItemLabelPosition(ItemLabelAnchor.INSIDE9,
			TextAnchor.CENTER_LEFT, TextAnchor.CENTER_LEFT, 0);

	private static final ItemLabelPosition OUTSIDE = new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
			TextAnchor.CENTER_LEFT, TextAnchor.CENTER_LEFT, 0);

	private BenchmarkBars() {
	}

	static boolean fitsInside(BenchmarkChartSpec spec, int column) {
		return spec.channels().get(column).ours() >= LEAST_LABELLED_RATE;
	}

	static JFreeChart create(BenchmarkChartSpec spec) {
		DefaultCategoryDataset ours = new DefaultCategoryDataset();
		DefaultCategoryDataset others = new DefaultCategoryDataset();
		for (BenchmarkChartSpec.Channel channel : spec.channels()) {
			ours.addValue(channel.ours(), spec.labels().ours(), channel.name());
			others.addValue(channel.best(), spec.labels().best(), channel.name());
			others.addValue(channel.rest(), spec.labels().rest(), channel.name());
		}
		NumberFormat percent = ChartStyle.percent(spec.locale());
		NumberAxis rateAxis = ChartStyle.valueAxis(spec.rateAxisLabel(), percent);
		// a little room past 100% so its tick label is not clipped
		rateAxis.setRange(0, 1.03);
		rateAxis.setTickUnit(new NumberTickUnit(0.1, percent));
		BarRenderer bars = new BarRenderer() {

			// a bar too short to hold its label has it outside, in dark text

			@Override
			public ItemLabelPosition getPositiveItemLabelPosition(int row, int column) {
				return fitsInside(spec, column) ? INSIDE : OUTSIDE;
			}

			@Override
			public Paint getItemLabelPaint(int row, int column) {
				return fitsInside(spec, column) ? Color.WHITE : ChartStyle.TEXT;
			}

		};
		bars.setMaximumBarWidth(BAR_SHARE);
		bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", percent));
		bars.setDefaultItemLabelsVisible(true);
		LineAndShapeRenderer markers = new LineAndShapeRenderer(false, true);
		markers.setSeriesShape(0, DIAMOND);
		markers.setSeriesShape(1, TICK);
		markers.setSeriesPaint(0, BEST);
		markers.setSeriesPaint(1, REST);
		CategoryAxis channelAxis = new CategoryAxis(null);
		channelAxis.setTickMarksVisible(false);
		CategoryPlot plot = new CategoryPlot(ours, channelAxis, rateAxis, bars);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
		plot.setDataset(1, others);
		plot.setRenderer(1, markers);
		plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
		plot.addAnnotation(new BarWhiskers(spec.channels(), BAR_SHARE));
		JFreeChart chart = ChartStyle.chart(spec.title(), plot, true);
		// after the theme, which clears series paints
		bars.setSeriesPaint(0, OURS);
		markers.setAutoPopulateSeriesPaint(false);
		markers.setSeriesPaint(0, BEST);
		markers.setSeriesPaint(1, REST);
		LegendItemCollection legend = new LegendItemCollection();
		legend.add(new LegendItem(spec.labels().ours(), OURS));
		if (spec.benchmarked()) {
			legend.add(marker(spec.labels().best(), DIAMOND, BEST));
			legend.add(marker(spec.labels().rest(), LEGEND_TICK, REST));
		}
		plot.setFixedLegendItems(legend);
		return chart;
	}

	private static LegendItem marker(String label, Shape shape, Paint paint) {
		LegendItem item = new LegendItem(label, paint);
		item.setShape(shape);
		return item;
	}

	private static Shape diamond(double radius) {
		Path2D.Double path = new Path2D.Double();
		path.moveTo(0, -radius);
		path.lineTo(radius, 0);
		path.lineTo(0, radius);
		path.lineTo(-radius, 0);
		path.closePath();
		return path;
	}

}
