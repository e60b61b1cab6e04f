package io.gapreport.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.ui.VerticalAlignment;

/**
 * The charts as the HTML twin draws them for a phone: narrow, so their type is large on a
 * small screen. Grouped upright bars (a mean per level and series), and one series whose
 * names would not stand whole under upright bars, lie on their side there, so that the
 * names and the bars' values keep room to be read whole. Names beside lying bars and rows
 * (the gaps, the channels, the units) break only between words, and their rows are as
 * tall as their lines; the importance chart's lists go under its plot; an axis label too
 * wide for the phone goes under the plot as a title that wraps; number axes show at most
 * five ticks. Otherwise a chart is drawn as in the PDF.
 */
public final class PhoneCharts {

	/** The height, in points, of one lying bar with its share of the gap around it. */
	static final double ROW = 15;

	/** The height, in points, of a row whose value stands above its dot. */
	private static final double LABELLED_ROW = 26;

	/** The height, in points, of the axes and the legend of lying bars. */
	private static final double FRAME = 62;

	/** The most ticks an axis across a phone's chart shows. */
	private static final int MOST_TICKS = 5;

	/** The most width, in points, an axis name across a phone's chart takes. */
	private static final double MOST_LABEL_WIDTH = 110;

	/**
	 * The share of the scale lying bars keep past its top for the value of a bar that
	 * reaches it.
	 */
	private static final double LYING_HEADROOM = 0.22;

	/** The height, in points, of one gap's row, room for a name of three lines. */
	private static final double GAP_ROW = 34;

	/** The height a gap's row gains when a gap carries the indicative word. */
	private static final double SUB_LABEL_ROW = 10;

	private PhoneCharts() {
	}

	/**
	 * Builds the chart a spec describes, for a phone.
	 * @param spec what to show
	 * @return a new chart, styled and ready to draw
	 */
	public static JFreeChart create(ChartSpec spec) {
		JFreeChart chart = Charts.create(spec);
		if (spec instanceof BarChartSpec bars && lies(bars) && chart.getPlot() instanceof CategoryPlot plot) {
			plot.setOrientation(PlotOrientation.HORIZONTAL);
			var renderer = plot.getRenderer();
			renderer.setDefaultPositiveItemLabelPosition(
					new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
			renderer.setDefaultNegativeItemLabelPosition(
					new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
			if (plot.getRangeAxis() instanceof NumberAxis values) {
				// room past the scale's top for the value of a bar that reaches it; the
				// axis (ScaleAxis) marks no number and draws no grid line there
				double length = bars.scaleMax() - bars.scaleMin();
				values.setRange(values.getLowerBound(),
						Math.max(values.getUpperBound(), bars.scaleMax() + length * LYING_HEADROOM));
			}
		}
		if (chart.getPlot() instanceof CategoryPlot plot && plot.getOrientation() == PlotOrientation.HORIZONTAL
				&& plot.getDomainAxis() != null) {
			if (spec instanceof GapBarsSpec gaps) {
				plot.setDomainAxis(new PhoneGapAxis(gaps, plot.getDomainAxis()));
				// room past the longest gap for its value on a narrow plot
				var range = plot.getRangeAxis().getRange();
				plot.getRangeAxis().setRange(range.getLowerBound() * 1.5, range.getUpperBound() * 1.5);
			}
			// names beside lying bars take up to three lines, broken only between words:
			// their column is as wide as their longest word
			plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(LyingNames.nameShare(plot));
			plot.getDomainAxis().setMaximumCategoryLabelLines(LyingNames.MOST_LINES);
		}
		if (spec instanceof ScatterChartSpec) {
			listsBelow(chart);
		}
		for (Axis axis : across(chart)) {
			if (axis instanceof NumberAxis numbers && !numbers.isAutoTickUnitSelection()) {
				fewerTicks(numbers);
			}
			String label = axis.getLabel();
			if (label != null && ChartStyle.width(ChartStyle.LABEL, label) > MOST_LABEL_WIDTH) {
				label = label.replaceFirst("\\s*\\([^()]*\\)\\s*$", "");
				axis.setLabel(label);
			}
			if (label != null && ChartStyle.width(ChartStyle.LABEL, label) > MOST_LABEL_WIDTH) {
				// still too wide to stand centred under the plot (it ran off the
				// drawing):
				// it goes under the plot as a title, which wraps between words, above the
				// legend
				axis.setLabel(null);
				chart.addSubtitle(new TextTitle(label, axis.getLabelFont(), axis.getLabelPaint(), RectangleEdge.BOTTOM,
						HorizontalAlignment.CENTER, VerticalAlignment.TOP, new RectangleInsets(2, 0, 0, 0)));
			}
		}
		return chart;
	}

	/**
	 * The height, in points, of the chart drawn for a phone: as tall as the PDF's, and
	 * taller where its bars lie on their side, for the importance chart's lists under its
	 * plot, and where names beside rows (the gaps, the channels, the units) may take two
	 * or three lines.
	 * @param spec what the chart shows
	 * @param height the chart's height in the PDF, in points
	 * @return its height for a phone
	 */
	public static double height(ChartSpec spec, double height) {
		if (spec instanceof BarChartSpec bars && lies(bars)) {
			double rows = Math.max(ROW * bars.drawnSeries().size() * bars.categories().size(),
					LyingNames.rows(bars.categories(), ROW * bars.drawnSeries().size()));
			return Math.max(height, FRAME + rows);
		}
		if (spec instanceof GapBarsSpec gaps) {
			boolean indicative = gaps.bars().stream().anyMatch((bar) -> bar.tone() == Tone.INDICATIVE);
			return Math.max(height, FRAME + (GAP_ROW + (indicative ? SUB_LABEL_ROW : 0)) * gaps.bars().size());
		}
		if (spec instanceof ScatterChartSpec scatter && !scatter.verdicts().isEmpty()) {
			return height + VerdictList.height(scatter, LyingNames.PLOT_WIDTH);
		}
		if (spec instanceof BenchmarkChartSpec benchmark) {
			return Math.max(height, FRAME + LyingNames
				.rows(benchmark.channels().stream().map(BenchmarkChartSpec.Channel::name).toList(), ROW));
		}
		if (spec instanceof RangeChartSpec intervals) {
			// each row's value stands above its dot
			return Math.max(height, FRAME + LyingNames
				.rows(intervals.intervals().stream().map(RangeChartSpec.Interval::category).toList(), LABELLED_ROW));
		}
		return height;
	}

	/**
	 * Puts the verdicts' lists under the plot (and its legend under the plot, above
	 * them), so the plot keeps the phone's width.
	 */
	private static void listsBelow(JFreeChart chart) {
		List<Title> titles = new ArrayList<>();
		for (int i = 0; i < chart.getSubtitleCount(); i++) {
			titles.add(chart.getSubtitle(i));
		}
		if (titles.stream().noneMatch(VerdictList.class::isInstance)) {
			return;
		}
		chart.clearSubtitles();
		titles.stream().filter(VerdictList.class::isInstance).forEach((list) -> {
			list.setPosition(RectangleEdge.BOTTOM);
			chart.addSubtitle(list);
		});
		titles.stream().filter((title) -> !(title instanceof VerdictList)).forEach(chart::addSubtitle);
	}

	/** The axes drawn across the chart (left to right). */
	private static List<Axis> across(JFreeChart chart) {
		List<Axis> axes = new ArrayList<>();
		if (chart.getPlot() instanceof CategoryPlot plot) {
			axes.add(
					(plot.getOrientation() == PlotOrientation.HORIZONTAL) ? plot.getRangeAxis() : plot.getDomainAxis());
		}
		else if (chart.getPlot() instanceof XYPlot plot) {
			axes.add(
					(plot.getOrientation() == PlotOrientation.HORIZONTAL) ? plot.getRangeAxis() : plot.getDomainAxis());
		}
		axes.removeIf(java.util.Objects::isNull);
		return axes;
	}

	/**
	 * Widens the ticks' step 2, 2.5, 5 or 10 times, till at most five ticks show; a step
	 * whose numbers the axis' format would round is passed over.
	 */
	private static void fewerTicks(NumberAxis axis) {
		java.text.NumberFormat format = axis.getNumberFormatOverride();
		if (format == null) {
			return;
		}
		double size = axis.getTickUnit().getSize();
		double length = axis.getRange().getLength();
		for (double times : new double[] { 1, 2, 2.5, 5, 10 }) {
			double step = size * times;
			if (Math.floor(length / step + 1e-9) + 1 <= MOST_TICKS && printsWhole(format, step)) {
				axis.setTickUnit(new NumberTickUnit(step), false, false);
				return;
			}
		}
	}

	private static boolean printsWhole(java.text.NumberFormat format, double step) {
		try {
			return Math.abs(format.parse(format.format(step).replace('\u2212', '-')).doubleValue() - step) < 1e-9;
		}
		catch (java.text.ParseException ex) {
			return false;
		}
	}

	/**
	 * Whether a bar chart's bars lie on their side on a phone: grouped bars always, and
	 * one series with a name that would not stand whole under its upright bar, in its
	 * share of the plot's width: a word wider than that share (it would break inside), or
	 * more than the two lines the axis gives a name (it would be cut).
	 */
	private static boolean lies(BarChartSpec bars) {
		if (bars.drawnSeries().size() > 1) {
			return true;
		}
		double share = LyingNames.PLOT_WIDTH / Math.max(1, bars.categories().size());
		return bars.categories()
			.stream()
			.anyMatch((name) -> Arrays.stream(name.strip().split("\\s+"))
				.anyMatch((word) -> ChartStyle.width(ChartStyle.TICK, word) > share)
					|| LyingNames.lines(name, share) > 2);
	}

}
