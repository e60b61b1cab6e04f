package io.gapreport.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.annotations.AbstractAnnotation;
import org.jfree.chart.annotations.CategoryAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * The place of a bar that could not be measured: a dashed, empty frame across the row
 * with its reason written inside, so that it never reads as a gap of zero.
 */
final class EmptySlot extends AbstractAnnotation implements CategoryAnnotation {

	private static final long serialVersionUID = 1L;

	private static final Stroke DASHED = new BasicStroke(0.75f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
			new float[] { 3, 2 }, 0);

	private static final Color TEXT = new Color(0x757575);

	private static final Color FILL = new Color(0xF7F7F7);

	private final int row;

	private final int rows;

	private final String text;

	private final double from;

	private final double to;

	/**
	 * @param row the category index of the slot
	 * @param rows the number of categories
	 * @param text what the slot says, e.g. "not measured"
	 * @param from where the frame starts on the value axis
	 * @param to where the frame ends on the value axis
	 */
	EmptySlot(int row, int rows, String text, double from, double to) {
		this.row = row;
		this.rows = rows;
		this.text = text;
		this.from = from;
		this.to = to;
	}

	@Override
	public void draw(Graphics2D g2, CategoryPlot plot, Rectangle2D dataArea, CategoryAxis domainAxis,
			ValueAxis rangeAxis) {
		RectangleEdge categoryEdge = plot.getDomainAxisEdge();
		RectangleEdge valueEdge = plot.getRangeAxisEdge();
		double start = domainAxis.getCategoryStart(this.row, this.rows, dataArea, categoryEdge);
		double end = domainAxis.getCategoryEnd(this.row, this.rows, dataArea, categoryEdge);
		double middle = (start + end) / 2;
		double thickness = Math.min(end - start, 16);
		double left = rangeAxis.valueToJava2D(this.from, dataArea, valueEdge);
		double right = rangeAxis.valueToJava2D(this.to, dataArea, valueEdge);
		double inset = (right - left) * 0.02;
		Rectangle2D frame = new Rectangle2D.Double(left + inset, middle - thickness / 2, right - left - 2 * inset,
				thickness);
		g2.setPaint(FILL);
		g2.fill(frame);
		g2.setPaint(ChartStyle.EMPTY);
		g2.setStroke(DASHED);
		g2.draw(frame);
		g2.setFont(ChartStyle.SMALL.deriveFont(Font.ITALIC));
		g2.setPaint(TEXT);
		TextUtils.drawAlignedString(this.text, g2, (float) frame.getCenterX(), (float) middle, TextAnchor.CENTER);
	}

}
