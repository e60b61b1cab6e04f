package io.gapreport.report;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class NumberLineBreaksTests {

	/** Figures as the Polish report prints them, in a sentence that must wrap often. */
	private static final String FIGURES = "luka \u22120,30 i \u22120,81 \u2026 +0,56, NPS +12, 62\u00a0% oraz 8,5% klientów";

	@TempDir
	Path folder;

	@Test
	void aNumberInANarrowTableCellNeverBreaksAtItsSignOrDecimalComma() throws Exception {
		List<String> lines = lines(render(FIGURES, "12mm"));
		assertThat(lines).hasSizeGreaterThan(4);
		assertThat(String.join("\n", lines)).contains("\u22120,30", "\u22120,81", "+0,56", "+12", "62\u00a0%", "8,5%");
	}

	@Test
	void theBreakRuleKeepsSignsDigitsAndPercentTogetherAndAllowsTheSpacesBetween() {
		String text = "a \u22120,30 b 62% c";
		assertThat(NumberLineBreaks.insideNumber(text, text.indexOf('0'))).isTrue();
		assertThat(NumberLineBreaks.insideNumber(text, text.indexOf('3'))).isTrue();
		assertThat(NumberLineBreaks.insideNumber(text, text.indexOf('%'))).isTrue();
		assertThat(NumberLineBreaks.insideNumber(text, text.indexOf('b'))).isFalse();
		assertThat(NumberLineBreaks.insideNumber(text, text.indexOf('\u2212'))).isFalse();
		assertThat(NumberLineBreaks.insideNumber(text, 0)).isFalse();
		assertThat(NumberLineBreaks.insideNumber(text, text.length())).isFalse();
	}

	private Path render(String text, String width) throws Exception {
		String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"pl\"><head><style>"
				+ "body { font-family: \"Liberation Sans\"; font-size: 9pt; } table { table-layout: fixed; width: "
				+ width + "; } td { border: 1px solid black; }</style></head><body><table><tr><td>" + text
				+ "</td></tr></table></body></html>";
		Path pdf = this.folder.resolve("narrow.pdf");
		try (OutputStream out = Files.newOutputStream(pdf)) {
			new PdfRenderer().render(xhtml, Map.of(), out);
		}
		return pdf;
	}

	/** The lines of the first page, as a viewer extracts them, cell text only. */
	private static List<String> lines(Path pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			String text = new PDFTextStripper().getText(document);
			return text.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
		}
	}

}
