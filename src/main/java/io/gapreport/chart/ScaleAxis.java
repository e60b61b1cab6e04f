package io.gapreport.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jspecify.annotations.Nullable;

/**
 * A value axis over an answer scale that marks the scale's own values only: no tick, tick
 * label or grid line past either end of the scale, where a chart keeps room for the
 * values printed beside its bars (a phone's lying bars keep about a fifth of the scale
 * past its top).
 */
final class ScaleAxis extends NumberAxis {

	private static final long serialVersionUID = 1L;

	private static final double EPSILON = 1e-9;

	private final double low;

	private final double high;

	/**
	 * An axis over the scale from {@code low} to {@code high}.
	 * @param label the axis label, null for none
	 * @param low the scale's lowest answer
	 * @param high the scale's highest answer
	 */
	ScaleAxis(@Nullable String label, double low, double high) {
		super(label);
		this.low = low;
		this.high = high;
	}

	/** The ticks the axis would draw, less those past the scale's ends. */
	@Override
	public List<Tick> refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
		List<Tick> ticks = new ArrayList<>();
		for (Object tick : super.refreshTicks(g2, state, dataArea, edge)) {
			if (!(tick instanceof ValueTick value)
					|| (value.getValue() >= this.low - EPSILON && value.getValue() <= this.high + EPSILON)) {
				ticks.add((Tick) tick);
			}
		}
		return ticks;
	}

}
