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
 * The PDF report of the spec's worked example in every language, read back with PDFBox as
 * a reader's viewer would: the client, the headings, figures in the language's number
 * format, and workbook text printed exactly as typed; and a consultant's edited words.
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
		Files.writeString(templates.resolve("messages_en.properties"), english
			.replace("section.decision=At a glance: what to fix first", "section.decision=The five-minute read"));
		Path workbook = ExampleWorkbooks.write(folder, "en", "Café", "Was your order right?");
		var scored = ExampleWorkbooks.score(workbook);
		var out = new ByteArrayOutputStream();
		PdfReport.from(templates.getParent())
			.write(scored.scores(), scored.problems(), LocalDate.of(2026, 11, 25), out);
		Path pdf = folder.resolve("custom.pdf");
		Files.write(pdf, out.toByteArray());
		assertThat(PdfText.of(pdf)).contains("The five-minute read").doesNotContain("At a glance");
	}

	@org.junit.jupiter.api.Test
	void anEditedMessagesFileThatLacksAKeyFallsBackToThePackagedTextForThatKeyAlone() throws Exception {
		Path templates = Files.createDirectories(folder.resolve("old-templates/i18n"));
		String english = packaged("messages_en.properties").replace("section.decision=At a glance: what to fix first\n",
				"");
		Files.writeString(templates.resolve("messages_en.properties"),
				english.replace("section.gaps=The five gaps", "section.gaps=Where service leaks"));
		Files.writeString(templates.resolve("actions_en.properties"),
				packaged("actions_en.properties").replace("actions.heading=What to do\n", ""));
		var scored = ExampleWorkbooks.score(ExampleWorkbooks.write(folder, "en", "Café", "Was your order right?"));
		var out = new ByteArrayOutputStream();
		PdfReport.from(templates.getParent())
			.write(scored.scores(), scored.problems(), LocalDate.of(2026, 11, 25), out);
		Path pdf = folder.resolve("old.pdf");
		Files.write(pdf, out.toByteArray());
		assertThat(PdfText.of(pdf)).contains("Where service leaks", "At a glance: what to fix first", "What to do")
			.doesNotContain("The five gaps");
	}

	private static String packaged(String name) throws java.io.IOException {
		return new String(PdfReportTests.class.getResourceAsStream("/templates/i18n/" + name).readAllBytes(),
				java.nio.charset.StandardCharsets.UTF_8);
	}

	@ParameterizedTest
	@CsvSource({ "en, \u22121.30, \u22120.53, Page 2 of", "pl, '\u22121,30', '\u22120,53', Strona 2 z",
			"cs, '\u22121,30', '\u22120,53', Strana 2 z", "ru, '\u22121,30', '\u22120,53', Страница 2 из" })
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
			.contains(messages.get("section.decision"), messages.get("section.gaps"), messages.get("section.levels"),
					messages.get("section.items"), messages.get("section.nps"), messages.get("section.methods"))
			.contains(messages.get("level.availability"), availabilityGap, overallGap)
			.contains(footer)
			.contains("Customers!H5");
		var inspection = new PdfInspection(out.toByteArray());
		assertThat(inspection.images()).isEmpty();
		assertThat(inspection.unembeddedFonts()).isEmpty();
		assertThat(inspection.fonts()).allMatch((font) -> font.contains("LiberationSans"));
		assertThat(inspection.pageCount()).isGreaterThanOrEqualTo(6);
		assertThat(inspection.info()).containsEntry("Title",
				messages.get("report.title") + " · " + CLIENT + " · 2026-W1");
	}

}
