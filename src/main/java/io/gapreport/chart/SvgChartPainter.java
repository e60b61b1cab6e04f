package io.gapreport.chart;

import java.awt.geom.Rectangle2D;

import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws a chart as an SVG element for the HTML report: the same JFreeChart objects as the
 * PDF's, at the same size in points, so both show the same picture. The element scales
 * with its container (a view box, no fixed size).
 */
public final class SvgChartPainter {

	private SvgChartPainter() {
	}

	/**
	 * The chart as one {@code <svg>} element.
	 * @param chart the chart
	 * @param id the element's id, also the prefix of its clip paths and gradients (so
	 * several charts can share a page)
	 * @param width the width in points, as in the PDF
	 * @param height the height in points
	 * @return the SVG element's markup
	 */
	public static String svg(JFreeChart chart, String id, double width, double height) {
		SVGGraphics2D graphics = new SVGGraphics2D(width, height);
		graphics.setDefsKeyPrefix(id + "-");
		graphics.setFontFunction((family) -> LiberationSans.FAMILY + ", Arial, sans-serif");
		// a hundredth of a point for shapes; rotations and scales need finer steps
		graphics.setGeomDoubleConverter((value) -> SvgNumbers.format(value, 2));
		graphics.setTransformDoubleConverter((value) -> SvgNumbers.format(value, 5));
		chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
		graphics.dispose();
		return graphics.getSVGElement(id, false, new ViewBox(0, 0, (int) Math.ceil(width), (int) Math.ceil(height)),
				null, null);
	}

}
