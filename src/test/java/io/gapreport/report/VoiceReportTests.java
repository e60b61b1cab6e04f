package io.gapreport.report;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The voice of the customer as the PDF prints it: quotes under "What customers said"
 * beside each level finding, masked and never attributed; the Themes section with its
 * rows, indicative themes marked, the quotes of an exceeded level; one line without a
 * Themes sheet.
 */
class VoiceReportTests {

	@TempDir
	Path dir;

	private String text(String golden) throws Exception {
		Path workbook = Path.of(getClass().getResource("/golden/" + golden + ".xlsx").toURI());
		var scored = ExampleWorkbooks.score(workbook);
		var out = new ByteArrayOutputStream();
		PdfReport.packaged().write(scored.scores(), scored.problems(), LocalDate.of(2026, 11, 25), out);
		Path pdf = this.dir.resolve(golden + ".pdf");
		Files.write(pdf, out.toByteArray());
		return PdfText.of(pdf).replaceAll("\\s+", " ");
	}

	@Test
	void eachShortfallFindingCarriesItsMaskedQuotesAndTheThemesSectionItsRows() throws Exception {
		String text = text("voice-en");
		assertThat(text)
			.contains("WHAT CUSTOMERS SAID “Waited on hold for ages, nobody picked up.” "
					+ "“Call me back on [phone] please, the queue was endless.”")
			.contains("“I waited twenty minutes in the queue; write to me at [e-mail]”")
			.doesNotContain("7946")
			.doesNotContain("j.smith")
			.doesNotContain("c01");
		assertThat(text).contains("Themes How many of the 13 customers who left a comment mention each theme")
			.contains("Waiting 7 54% −14 / +17 −0.36 −0.83 … +0.11 no significant difference")
			.contains("Staff 3 23% Indicative: check too few mentions to compare")
			.contains("PARTNERSHIP “Rudeness at the counter, and a long wait.”");
	}

	@Test
	void tooFewCommentsGiveNoQuotesAndAPolishReportQuotesInPolishMarks() throws Exception {
		assertThat(text("voice-few")).doesNotContain("WHAT CUSTOMERS SAID").contains("Waiting 2 50%");
		assertThat(text("voice-pl")).contains("CO POWIEDZIELI KLIENCI „Czekałem pół godziny w kolejce.”")
			.contains("„Infolinia nie odbiera, proszę dzwonić [phone].”")
			.doesNotContain("601 234");
	}

	@Test
	void withoutAThemesSheetTheSectionIsOneLine() throws Exception {
		assertThat(text("example-small")).contains("Themes This workbook has no Themes sheet.");
	}

}
