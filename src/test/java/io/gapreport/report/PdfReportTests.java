package io.gapreport.report;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PDF report of the spec's worked example in every language, read back with
 * {@code pdftotext} as a reader's viewer would: the client, the headings, figures in the
 * language's number format, and workbook text printed exactly as typed.
 */
class PdfReportTests {

	private static final String CLIENT = "Łódź & <Bank> ${client} Žluťoučký Сбербанк";

	@TempDir
	static Path folder;

	@org.junit.jupiter.api.Test
	void aConsultantsTemplatesFolderOverridesTheWordsAndTheLayout() throws Exception {
		Path templates = Files.createDirectories(folder.resolve("my-templates/i18n"));
		String english = new String(
				getClass().getResourceAsStream("/templates/i18n/messages_en.properties").readAllBytes(),
				java.nio.charset.StandardCharsets.UTF_8);
		Files.writeString(templates.resolve("messages_en.properties"),
				english.replace("section.summary=Executive summary", "section.summary=The five-minute read"));
		Path workbook = ExampleWorkbooks.write(folder, "en", "Café", "Was your order right?");
		var scored = ExampleWorkbooks.score(workbook);
		var out = new ByteArrayOutputStream();
		PdfReport.from(templates.getParent())
			.write(scored.scores(), scored.problems(), LocalDate.of(2026, 11, 25), out);
		Path pdf = folder.resolve("custom.pdf");
		Files.write(pdf, out.toByteArray());
		assertThat(PdfText.of(pdf)).contains("The five-minute read").doesNotContain("Executive summary");
	}

	@ParameterizedTest
	@CsvSource({ "en, -1.30, -0.53, Page 2 of", "pl, '-1,30', '-0,53', Strona 2 z", "cs, '-1,30', '-0,53', Strana 2 z",
			"ru, '-1,30', '-0,53', Страница 2 из" })
	void reportShowsTheClientHeadingsAndFiguresInItsLanguage(String language, String availabilityGap, String overallGap,
			String footer) throws Exception {
		Path workbook = ExampleWorkbooks.write(folder, language, CLIENT, ExampleWorkbooks.HOSTILE);
		var scored = ExampleWorkbooks.score(workbook);
		var out = new ByteArrayOutputStream();
		PdfReport.packaged().write(scored.scores(), scored.problems(), LocalDate.of(2026, 11, 25), out);
		Path pdf = folder.resolve("report-" + language + ".pdf");
		Files.write(pdf, out.toByteArray());

		String text = PdfText.of(pdf);
		Messages messages = Messages.load(language, null);
		assertThat(text).contains(CLIENT, ExampleWorkbooks.HOSTILE)
			.doesNotContain("<b>x</b> 49")
			.contains(messages.get("section.summary"), messages.get("section.gaps"), messages.get("section.levels"),
					messages.get("section.items"), messages.get("section.nps"), messages.get("section.methods"))
			.contains(messages.get("level.availability"), availabilityGap, overallGap)
			.contains(footer)
			.contains("Customers!H5");
		var inspection = new PdfInspection(out.toByteArray());
		assertThat(inspection.images()).isEmpty();
		assertThat(inspection.unembeddedFonts()).isEmpty();
		assertThat(inspection.fonts()).allMatch((font) -> font.contains("LiberationSans"));
		assertThat(inspection.pageCount()).isGreaterThanOrEqualTo(8);
		assertThat(inspection.info()).containsEntry("Title",
				messages.get("report.title") + " · " + CLIENT + " · 2026-W1");
	}

}
