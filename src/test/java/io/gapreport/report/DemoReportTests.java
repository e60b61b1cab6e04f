package io.gapreport.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders the demonstration template to {@code target/demo/demo.pdf} and reads it back.
 */
class DemoReportTests {

	private static PdfInspection pdf;

	@BeforeAll
	static void render() throws IOException {
		long start = System.nanoTime();
		byte[] bytes = DemoDocument.render();
		long millis = (System.nanoTime() - start) / 1_000_000;
		Path out = Path.of("target", "demo", "demo.pdf");
		Files.createDirectories(out.getParent());
		Files.write(out, bytes);
		System.out.printf("Rendered %s (%d bytes) in %d ms%n", out, bytes.length, millis);
		pdf = new PdfInspection(bytes);
	}

	@Test
	void polishCzechAndCyrillicTextIsExtractable() {
		assertThat(pdf.text()).contains(DemoDocument.POLISH_TEXT, DemoDocument.CZECH_TEXT, DemoDocument.CYRILLIC_TEXT);
	}

	@Test
	void hostileWorkbookStringIsPrintedLiterally() {
		assertThat(pdf.text()).contains(DemoDocument.HOSTILE).doesNotContain("<b>x</b> 49");
	}

	@Test
	void chartTextIsRealTextInPolishNumberFormat() {
		// "Liczba odpowiedzi" is a rotated (vertical) axis label
		assertThat(pdf.text()).contains(DemoDocument.GAP_AXIS, "Liczba odpowiedzi", "Tu skupić działania",
				"Krytycy (0–6)", "\u22120,42");
	}

	@Test
	void hasNoRasterImagesEvenInsideCharts() {
		assertThat(pdf.images()).isEmpty();
	}

	@Test
	void everyFontIsEmbeddedLiberationSans() {
		assertThat(pdf.fonts()).isNotEmpty().allMatch((name) -> name.contains("LiberationSans"));
		assertThat(pdf.unembeddedFonts()).isEmpty();
	}

	@Test
	void longTableSpansPagesWithRunningFooter() {
		assertThat(pdf.pageCount()).isGreaterThan(4);
		assertThat(pdf.pageText(2)).contains("Strona 2 z " + pdf.pageCount());
		assertThat(pdf.pageText(1)).doesNotContain("Strona");
	}

	@Test
	void sectionsAreBookmarked() {
		assertThat(pdf.bookmarks()).extracting((bookmark) -> bookmark.get("Title"))
			.containsExactly("Luki w jakości usług", "Głos klientów", "Wszystkie pytania");
	}

	@Test
	void metadataAndLanguageAreSet() {
		assertThat(pdf.info()).containsEntry("Title", DemoDocument.TITLE)
			.containsEntry("Author", "Zespół badawczy gap-report")
			.containsKeys("Subject", "Keywords");
		assertThat(pdf.language()).isEqualTo("pl");
	}

}
