package io.gapreport.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.JFreeChart;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;

/**
 * Draws a chart onto a PDF page as vectors: JFreeChart paints into OpenPDF's
 * {@code PdfGraphics2D} inside a form XObject, with every font mapped to embedded
 * Liberation Sans, so lines stay sharp at any zoom and chart text stays searchable.
 */
public final class PdfChartPainter {

	private PdfChartPainter() {
	}

	/**
	 * Paints a chart into a rectangle of a page.
	 * @param chart the chart
	 * @param canvas the page's content (for example {@code PdfWriter.getDirectContent()})
	 * @param x the left edge in PDF points from the page's left
	 * @param y the bottom edge in PDF points from the page's bottom
	 * @param width the width in points
	 * @param height the height in points
	 */
	public static void paint(JFreeChart chart, PdfContentByte canvas, float x, float y, float width, float height) {
		PdfTemplate form = canvas.createTemplate(width, height);
		Graphics2D graphics = form.createGraphics(width, height, LiberationSans.fontMapper());
		try {
			chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
		}
		finally {
			graphics.dispose();
		}
		canvas.addTemplate(form, x, y);
	}

}
