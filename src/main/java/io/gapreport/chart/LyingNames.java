package io.gapreport.chart;

import java.util.List;

import org.jfree.chart.plot.CategoryPlot;

/**
 * The names beside a phone's lying rows (bars on their side, the gaps, the channels, the
 * units): the share of the plot's width their column takes, the lines each name breaks
 * into there (between words only), and the height their rows need for it.
 */
final class LyingNames {

	/**
	 * The width, in points, of a phone's plot, on the narrow side: the HTML twin draws a
	 * phone's chart 192 points wide, less its padding, its axes and their insets.
	 */
	static final double PLOT_WIDTH = 160;

	/** The least share of a plot's width the names take. */
	private static final float NAME_SHARE = 0.3f;

	/** The most share of a plot's width the names take. */
	private static final float MOST_NAME_SHARE = 0.5f;

	/** Room beside a name's longest word, in points. */
	private static final double LABEL_SLACK = 8;

	/** The height, in points, of a line of a name (8-pt type). */
	private static final double LINE = 9.5;

	/** The most lines a name takes. */
	static final int MOST_LINES = 3;

	private LyingNames() {
	}

	/**
	 * The share of the plot's width the names beside its lying rows take: at least
	 * {@value #NAME_SHARE}, more where a word of a name needs it, at most
	 * {@value #MOST_NAME_SHARE}.
	 */
	static float nameShare(CategoryPlot plot) {
		var axis = plot.getDomainAxis();
		double widest = 0;
		for (Object category : plot.getCategories()) {
			for (String word : category.toString().split("\\s+")) {
				widest = Math.max(widest, ChartStyle.width(axis.getTickLabelFont((Comparable<?>) category), word));
			}
		}
		if (axis instanceof PhoneGapAxis gapAxis) {
			widest = Math.max(widest, gapAxis.subLabelWidth());
		}
		return share(widest);
	}

	/**
	 * The height of the rows of {@code names}: a name may take two or three lines beside
	 * its row, and every row (the axis gives each the same height) is as tall as the
	 * longest name's, and at least {@code row}.
	 */
	static double rows(List<String> names, double row) {
		double widest = 0;
		for (String name : names) {
			for (String word : name.split("\\s+")) {
				widest = Math.max(widest, ChartStyle.width(ChartStyle.TICK, word));
			}
		}
		double column = share(widest) * PLOT_WIDTH - LABEL_SLACK;
		int most = names.stream().mapToInt((name) -> Math.min(MOST_LINES, lines(name, column))).max().orElse(1);
		return Math.max(row, PhoneCharts.ROW + LINE * (most - 1)) * names.size();
	}

	/**
	 * The lines a name takes, broken between words, in a column {@code width} points
	 * wide.
	 */
	static int lines(String name, double width) {
		int lines = 1;
		double line = 0;
		double space = ChartStyle.width(ChartStyle.TICK, " ");
		for (String word : name.strip().split("\\s+")) {
			double length = ChartStyle.width(ChartStyle.TICK, word);
			if (line > 0 && line + space + length > width) {
				lines++;
				line = length;
			}
			else {
				line += (line > 0) ? space + length : length;
			}
		}
		return lines;
	}

	/**
	 * The names' share of the plot's width, for a widest word of {@code widest} points.
	 */
	private static float share(double widest) {
		return (float) Math.min(MOST_NAME_SHARE, Math.max(NAME_SHARE, (widest + LABEL_SLACK) / PLOT_WIDTH));
	}

}
