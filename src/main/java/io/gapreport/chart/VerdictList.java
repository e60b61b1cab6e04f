package io.gapreport.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.Size2D;
import org.jfree.chart.ui.VerticalAlignment;

import io.gapreport.chart.ScatterChartSpec.Verdict;
import org.jspecify.annotations.Nullable;

/**
 * The column to the right of an importance–performance plot (under it on a phone): per
 * verdict its name, then the labels of its points (a proven shortfall in red), wrapped to
 * the column's width. Every label is listed here, also those the plot found no room for.
 */
final class VerdictList extends Title {

	private static final long serialVersionUID = 1L;

	private static final Font HEADING = LiberationSans.awtFont(Font.BOLD, 8f);

	private static final Font CODE = ChartStyle.SMALL;

	/** The column never takes more than this share of the chart's width. */
	private static final double MOST_WIDTH = 0.26;

	private static final double LEAST_WIDTH = 60;

	private final transient ScatterChartSpec spec;

	VerdictList(ScatterChartSpec spec) {
		this.spec = spec;
		setPosition(RectangleEdge.RIGHT);
		setVerticalAlignment(VerticalAlignment.TOP);
		setPadding(new RectangleInsets(4, 10, 4, 2));
	}

	@Override
	public Size2D arrange(Graphics2D g2, RectangleConstraint constraint) {
		if (getPosition() == RectangleEdge.BOTTOM || getPosition() == RectangleEdge.TOP) {
			double width = constraint.getWidthRange().getUpperBound();
			return new Size2D(width, height(this.spec, width));
		}
		double most = constraint.getWidthRange().getUpperBound() * MOST_WIDTH;
		double widest = LEAST_WIDTH;
		for (Verdict verdict : this.spec.verdicts()) {
			widest = Math.max(widest, ChartStyle.width(HEADING, verdict.name()));
		}
		double width = Math.min(most, widest) + getPadding().getLeft() + getPadding().getRight();
		double height = constraint.getHeightRange().getUpperBound();
		return new Size2D(width, Double.isInfinite(height) ? 0 : height);
	}

	/**
	 * The height, in points, of the lists laid out under a plot, across its width.
	 * @param spec the chart
	 * @param width the width of the chart
	 * @return the lists' height with their padding
	 */
	static double height(ScatterChartSpec spec, double width) {
		VerdictList list = new VerdictList(spec);
		list.setPosition(RectangleEdge.BOTTOM);
		RectangleInsets padding = list.getPadding();
		double inner = width - padding.getLeft() - padding.getRight();
		return list.lay(null, new Rectangle2D.Double(0, 0, inner, 0)) + padding.getTop() + padding.getBottom();
	}

	@Override
	public void draw(Graphics2D g2, Rectangle2D area) {
		lay(g2, trimPadding(area));
	}

	/**
	 * Lays the lists out in {@code inner}, drawing them where {@code g2} is given.
	 * @return the height they take
	 */
	private double lay(@Nullable Graphics2D g2, Rectangle2D inner) {
		double y = inner.getMinY();
		for (Verdict verdict : this.spec.verdicts()) {
			for (String line : wrap(verdict.name(), HEADING, inner.getWidth())) {
				y += ChartStyle.ascent(HEADING);
				if (g2 != null) {
					g2.setFont(HEADING);
					g2.setPaint(ChartStyle.TEXT);
					g2.drawString(line, (float) inner.getMinX(), (float) y);
				}
				y += ChartStyle.lineHeight(HEADING) - ChartStyle.ascent(HEADING);
			}
			double x = inner.getMinX();
			double space = ChartStyle.width(CODE, "  ");
			double line = ChartStyle.lineHeight(CODE) * 1.15;
			y += ChartStyle.ascent(CODE) + 1;
			for (String label : verdict.labels()) {
				double width = ChartStyle.width(CODE, label);
				if (x > inner.getMinX() && x + width > inner.getMaxX()) {
					x = inner.getMinX();
					y += line;
				}
				if (g2 != null) {
					g2.setFont(CODE);
					g2.setPaint((this.spec.toneOf(label) == Tone.SHORTFALL) ? ChartStyle.SHORTFALL : ChartStyle.TEXT);
					g2.drawString(label, (float) x, (float) y);
				}
				x += width + space;
			}
			y += line * 1.2;
		}
		return y - inner.getMinY();
	}

	@Override
	public @Nullable Object draw(Graphics2D g2, Rectangle2D area, @Nullable Object params) {
		draw(g2, area);
		return null;
	}

	/** Splits a heading into lines of whole words that fit the width. */
	static List<String> wrap(String text, Font font, double width) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split(" ")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (!line.isEmpty() && ChartStyle.width(font, candidate) > width) {
				lines.add(line.toString());
				line = new StringBuilder(word);
			}
			else {
				line = new StringBuilder(candidate);
			}
		}
		lines.add(line.toString());
		return lines;
	}

}
