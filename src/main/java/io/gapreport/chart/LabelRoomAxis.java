package io.gapreport.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.jspecify.annotations.Nullable;

/**
 * A count axis that keeps room, in points, above the tallest bar for the value printed
 * over it, whatever the plot's height: a share of the range alone left a phone's short
 * plot (its legend on two lines) too little room, and the value touched the drawing's
 * top. The range's top is raised when the axis is drawn, once the plot's height is known,
 * before the grid lines and the bars are drawn.
 */
final class LabelRoomAxis extends NumberAxis {

	private static final long serialVersionUID = 1L;

	/** Air, in points, between the value's top and the plot's. */
	static final double AIR = 2;

	private final double tallest;

	/**
	 * An axis over counts up to {@code tallest}.
	 * @param label the axis label, null for none
	 * @param tallest the tallest bar's value
	 */
	LabelRoomAxis(@Nullable String label, double tallest) {
		super(label);
		this.tallest = tallest;
	}

	@Override
	public AxisState draw(Graphics2D g2, double cursor, Rectangle2D plotArea, Rectangle2D dataArea, RectangleEdge edge,
			@Nullable PlotRenderingInfo plotState) {
		double length = RectangleEdge.isTopOrBottom(edge) ? dataArea.getWidth() : dataArea.getHeight();
		double room = room();
		if (this.tallest > 0 && length > 2 * room) {
			// the tallest bar ends `room` points short of the plot's top
			double top = getLowerBound() + (this.tallest - getLowerBound()) * length / (length - room);
			if (top > getUpperBound()) {
				setRange(new Range(getLowerBound(), top), false, false);
			}
		}
		return super.draw(g2, cursor, plotArea, dataArea, edge, plotState);
	}

	/** The height of a value over a bar, its distance from the bar and some air. */
	private double room() {
		if (getPlot() instanceof CategoryPlot plot && plot.getRenderer() instanceof AbstractRenderer renderer) {
			return ChartStyle.lineHeight(renderer.getDefaultItemLabelFont()) + renderer.getItemLabelAnchorOffset()
					+ AIR;
		}
		return ChartStyle.lineHeight(ChartStyle.TICK) + AIR;
	}

}
