package io.gapreport.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/**
 * The text of a PDF as a reader's viewer extracts it (Apache PDFBox, in Java: no outside
 * program), white space folded.
 */
public final class PdfText {

	private PdfText() {
	}

	/** The whole document's text. */
	public static String of(Path pdf) throws IOException {
		return String.join(" ", pages(pdf));
	}

	/** Each page's text, in page order. */
	public static List<String> pages(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			var stripper = new PDFTextStripper();
			List<String> pages = new ArrayList<>();
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				pages.add(stripper.getText(document).replaceAll("\\s+", " ").trim());
			}
			return pages;
		}
	}

	/**
	 * Each page's text below {@code top} points from the page's top edge (its bottom
	 * margin, say), in page order, white space folded.
	 */
	public static List<String> below(Path pdf, float top) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			List<String> pages = new ArrayList<>();
			for (var page : document.getPages()) {
				var stripper = new PDFTextStripperByArea();
				float height = page.getMediaBox().getHeight();
				stripper.addRegion("below",
						new java.awt.geom.Rectangle2D.Float(0, top, page.getMediaBox().getWidth(), height - top));
				stripper.extractRegions(page);
				pages.add(stripper.getTextForRegion("below").replaceAll("\\s+", " ").trim());
			}
			return pages;
		}
	}

}
