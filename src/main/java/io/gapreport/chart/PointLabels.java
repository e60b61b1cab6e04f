package io.gapreport.chart;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

import io.gapreport.chart.ScatterChartSpec.Point;

/**
 * The words inside an importance–performance plot: each point's label where it collides
 * with nothing (see {@link LabelPlacer}); a label that finds no room is left to the list
 * beside the plot. Placed at drawing time, when the plot's size in points is known.
 */
final class PointLabels extends AbstractXYAnnotation {

	private static final long serialVersionUID = 1L;

	private static final double AIR = 1.5;

	private final transient ScatterChartSpec spec;

	PointLabels(ScatterChartSpec spec) {
		this.spec = spec;
	}

	@Override
	public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
			int rendererIndex, PlotRenderingInfo info) {
		g2.setFont(ChartStyle.SMALL);
		List<Point> points = this.spec.points()
			.stream()
			.sorted(Comparator.comparing((Point point) -> point.tone() != Tone.SHORTFALL))
			.toList();
		List<Point2D> centres = new ArrayList<>();
		List<Point2D> sizes = new ArrayList<>();
		for (Point point : points) {
			centres.add(new Point2D.Double(domainAxis.valueToJava2D(point.x(), dataArea, plot.getDomainAxisEdge()),
					rangeAxis.valueToJava2D(point.y(), dataArea, plot.getRangeAxisEdge())));
			sizes.add(new Point2D.Double(ChartStyle.width(ChartStyle.SMALL, point.label()) + 2 * AIR,
					ChartStyle.lineHeight(ChartStyle.SMALL)));
		}
		List<Rectangle2D> boxes = LabelPlacer.place(centres, QuadrantScatter.RADIUS, sizes, dataArea, List.of());
		for (int i = 0; i < points.size(); i++) {
			Rectangle2D box = boxes.get(i);
			if (box != null) {
				g2.setPaint((points.get(i).tone() == Tone.SHORTFALL) ? ChartStyle.SHORTFALL : ChartStyle.TEXT);
				g2.drawString(points.get(i).label(), (float) (box.getX() + AIR),
						(float) (box.getY() + ChartStyle.ascent(ChartStyle.SMALL)));
			}
		}
	}

}
