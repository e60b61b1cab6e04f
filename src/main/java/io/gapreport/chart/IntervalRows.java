package io.gapreport.chart;

import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.text.NumberFormat;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;

import io.gapreport.chart.RangeChartSpec.Interval;

/**
 * One row per category: the 95% interval as a thin bar, the estimate as a dot with its
 * signed value, coloured by whether the interval lies wholly below zero (red), wholly
 * above (blue), or reaches zero (grey).
 */
final class IntervalRows {

	private static final Shape DOT = new Ellipse2D.Double(-3.5, -3.5, 7, 7);

	/**
	 * The most rows that get their value printed beside the dot; more rows are too close
	 * for the labels (a report's table beside the chart gives the values).
	 */
	static final int MOST_LABELLED = 14;

	/**
	 * An estimate nearer zero than this share of the scale has its value beside the dot,
	 * away from zero: centred above it, "+0,01" sat across the zero line.
	 */
	static final double NEAR_ZERO = 0.06;

	/** Points between the zero line and the near edge of a value label near zero. */
	static final double ZERO_GAP = 4;

	private IntervalRows() {
	}

	static JFreeChart create(RangeChartSpec spec) {
		List<Interval> intervals = spec.intervals();
		String[] categories = intervals.stream().map(Interval::category).toArray(String[]::new);
		Number[][] lower = { intervals.stream().map(Interval::lower).toArray(Number[]::new) };
		Number[][] upper = { intervals.stream().map(Interval::upper).toArray(Number[]::new) };
		DefaultIntervalCategoryDataset ranges = new DefaultIntervalCategoryDataset(new String[] { "95%" }, categories,
				lower, upper);
		DefaultCategoryDataset estimates = new DefaultCategoryDataset();
		for (Interval interval : intervals) {
			estimates.addValue(interval.estimate(), "estimate", interval.category());
		}
		NumberFormat format = ChartStyle.signed(spec.locale(), 2);
		NumberAxis valueAxis = ChartStyle.valueAxis(spec.valueAxisLabel(), format);
		double low = Math.min(0, intervals.stream().mapToDouble(Interval::lower).min().orElse(0));
		double high = Math.max(0, intervals.stream().mapToDouble(Interval::upper).max().orElse(0));
		double margin = Math.max(high - low, 0.2) * 0.08;
		Ticks ticks = Ticks.of(low - margin, high + margin, 8);
		ticks.apply(valueAxis, low - margin, high + margin, ticks.format(spec.locale()));
		IntervalBarRenderer bars = new IntervalBarRenderer() {

			@Override
			public Paint getItemPaint(int row, int column) {
				return colour(intervals.get(column));
			}

		};
		// a thin bar under the dot, however many rows share the height
		bars.setMaximumBarWidth(Math.min(0.025, 0.2 / intervals.size()));
		double near = NEAR_ZERO * ((high + margin) - (low - margin));
		LineAndShapeRenderer dots = new LineAndShapeRenderer(false, true) {

			@Override
			public Paint getItemPaint(int row, int column) {
				return colour(intervals.get(column));
			}

			@Override
			public ItemLabelPosition getPositiveItemLabelPosition(int row, int column) {
				return labelPosition(intervals.get(column).estimate(), near);
			}

			@Override
			public ItemLabelPosition getNegativeItemLabelPosition(int row, int column) {
				return labelPosition(intervals.get(column).estimate(), near);
			}

			@Override
			protected void drawItemLabel(Graphics2D g2, PlotOrientation orientation, CategoryDataset dataset, int row,
					int column, double x, double y, boolean negative) {
				double estimate = intervals.get(column).estimate();
				double shift = (Math.abs(estimate) >= near) ? 0 : (estimate < 0) ? -ZERO_GAP : ZERO_GAP;
				super.drawItemLabel(g2, orientation, dataset, row, column, x + shift, y, negative);
			}

		};
		dots.setSeriesShape(0, DOT);
		dots.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", format));
		dots.setDefaultItemLabelsVisible(intervals.size() <= MOST_LABELLED);
		CategoryAxis categoryAxis = new CategoryAxis(ChartStyle.blankToNull(spec.categoryAxisLabel()));
		categoryAxis.setMaximumCategoryLabelWidthRatio(0.35f);
		categoryAxis.setTickMarksVisible(false);
		// room above the first row for its value label, when values are printed
		categoryAxis.setLowerMargin((intervals.size() <= MOST_LABELLED) ? 0.12 : 0.02);
		categoryAxis.setUpperMargin(0.04);
		CategoryPlot plot = new CategoryPlot(ranges, categoryAxis, valueAxis, bars);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
		plot.setDataset(1, estimates);
		plot.setRenderer(1, dots);
		plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
		plot.addRangeMarker(ChartStyle.zeroLine());
		java.util.Set<Tone> drawn = java.util.EnumSet.noneOf(Tone.class);
		intervals.forEach((interval) -> drawn.add(interval.tone()));
		JFreeChart chart = ChartStyle.chart(spec.title(), plot, true);
		LegendItemCollection legend = new LegendItemCollection();
		for (Tone tone : drawn) {
			LegendItem item = new LegendItem(spec.tones().get(tone), ChartStyle.colour(tone));
			item.setShape(DOT);
			legend.add(item);
		}
		plot.setFixedLegendItems(legend);
		return chart;
	}

	/**
	 * Above the dot, centred; for an estimate near zero, beginning beside the dot on the
	 * side away from zero, so that the zero line does not run through the value.
	 */
	static ItemLabelPosition labelPosition(double estimate, double near) {
		TextAnchor text = (Math.abs(estimate) >= near) ? TextAnchor.BOTTOM_CENTER
				: (estimate < 0) ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_LEFT;
		return new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, text);
	}

	/**
	 * Red only for an interval wholly below zero, blue wholly above, grey across zero.
	 */
	static Paint colour(Interval interval) {
		return ChartStyle.colour(interval.tone());
	}

}
