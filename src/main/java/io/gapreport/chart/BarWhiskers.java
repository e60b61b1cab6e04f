package io.gapreport.chart;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.jfree.chart.annotations.AbstractAnnotation;
import org.jfree.chart.annotations.CategoryAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.ui.RectangleEdge;

/**
 * Each channel's 95% interval, drawn as a whisker with end ticks just under its
 * horizontal bar, clear of the bar's percentage (written inside the bar or right of its
 * end).
 */
final class BarWhiskers extends AbstractAnnotation implements CategoryAnnotation {

	private static final long serialVersionUID = 1L;

	/**
	 * How far under the bar's middle the whisker runs, as a share of the bar's thickness.
	 */
	private static final double BELOW = 0.5;

	private static final double TICK = 2.5;

	private final transient List<BenchmarkChartSpec.Channel> channels;

	private final double barShare;

	/**
	 * @param channels the channels, in the plot's category order
	 * @param barShare the bar's most thickness as a share of the plot's height
	 */
	BarWhiskers(List<BenchmarkChartSpec.Channel> channels, double barShare) {
		this.channels = channels;
		this.barShare = barShare;
	}

	@Override
	public void draw(Graphics2D g2, CategoryPlot plot, Rectangle2D dataArea, CategoryAxis domainAxis,
			ValueAxis rangeAxis) {
		RectangleEdge categoryEdge = plot.getDomainAxisEdge();
		RectangleEdge valueEdge = plot.getRangeAxisEdge();
		int count = this.channels.size();
		g2.setPaint(ChartStyle.TEXT);
		g2.setStroke(new BasicStroke(0.8f));
		for (int i = 0; i < count; i++) {
			BenchmarkChartSpec.Channel channel = this.channels.get(i);
			if (channel.low() == null || channel.high() == null) {
				continue;
			}
			double middle = domainAxis.getCategoryMiddle(i, count, dataArea, categoryEdge);
			double width = domainAxis.getCategoryEnd(i, count, dataArea, categoryEdge)
					- domainAxis.getCategoryStart(i, count, dataArea, categoryEdge);
			double bar = Math.min(width, this.barShare * dataArea.getHeight());
			double y = middle + bar * BELOW + TICK;
			double from = rangeAxis.valueToJava2D(channel.low(), dataArea, valueEdge);
			double to = rangeAxis.valueToJava2D(channel.high(), dataArea, valueEdge);
			g2.draw(new Line2D.Double(from, y, to, y));
			g2.draw(new Line2D.Double(from, y - TICK, from, y + TICK));
			g2.draw(new Line2D.Double(to, y - TICK, to, y + TICK));
		}
	}

}
