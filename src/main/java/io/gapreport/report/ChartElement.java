package io.gapreport.report;

import java.awt.Point;

import io.gapreport.chart.PdfChartPainter;
import org.jfree.chart.JFreeChart;
import org.openpdf.layout.LayoutContext;
import org.openpdf.pdf.ITextOutputDevice;
import org.openpdf.pdf.ITextReplacedElement;
import org.openpdf.render.BlockBox;
import org.openpdf.render.RenderingContext;
import org.openpdf.text.Rectangle;

/**
 * A chart in the laid-out document: a box of fixed size that, when its page is written,
 * draws its chart as vectors into the box.
 */
final class ChartElement implements ITextReplacedElement {

	private final JFreeChart chart;

	private final int width;

	private final int height;

	private Point location = new Point(0, 0);

	/**
	 * Creates the element.
	 * @param chart the chart to draw
	 * @param width the width in layout units (dots)
	 * @param height the height in layout units (dots)
	 */
	ChartElement(JFreeChart chart, int width, int height) {
		this.chart = chart;
		this.width = width;
		this.height = height;
	}

	@Override
	public void paint(RenderingContext c, ITextOutputDevice outputDevice, BlockBox box) {
		// the content box in PDF points, y up from the page's bottom edge
		Rectangle area = outputDevice.createLocalTargetArea(c, box);
		PdfChartPainter.paint(this.chart, outputDevice.getCurrentPage(), area.getLeft(), area.getBottom(),
				area.getWidth(), area.getHeight());
	}

	@Override
	public int getIntrinsicWidth() {
		return this.width;
	}

	@Override
	public int getIntrinsicHeight() {
		return this.height;
	}

	@Override
	public Point getLocation() {
		return this.location;
	}

	@Override
	public void setLocation(int x, int y) {
		this.location = new Point(x, y);
	}

	@Override
	public void detach(LayoutContext c) {
	}

	@Override
	public boolean isRequiresInteractivePaint() {
		return false;
	}

	@Override
	public boolean hasBaseline() {
		return false;
	}

	@Override
	public int getBaseline() {
		return 0;
	}

}
