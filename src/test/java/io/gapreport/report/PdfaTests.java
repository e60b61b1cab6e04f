package io.gapreport.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import io.gapreport.scoring.Scores;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every report is PDF/A-2b as veraPDF judges it, in every language, with and without a
 * trend, with and without the management sheets; its metadata name the report, the
 * consultant, the subject and the language.
 */
class PdfaTests {

	@TempDir
	static Path folder;

	@BeforeAll
	static void veraPdf() {
		VeraGreenfieldFoundryProvider.initialise();
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "pl", "cs", "ru" })
	void theWorkedExampleIsPdfA2bInEveryLanguage(String language) throws Exception {
		var scored = ExampleWorkbooks
			.score(ExampleWorkbooks.write(folder, language, "Łódź Žluťoučký Сбербанк", "Was your order right?"));
		byte[] pdf = pdf(scored.scores(), scored);
		assertPdfA2b(pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDDocumentInformation info = document.getDocumentInformation();
			assertThat(info.getTitle()).contains("Łódź Žluťoučký Сбербанк");
			assertThat(info.getAuthor()).isNotBlank();
			assertThat(info.getSubject()).isNotBlank();
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(language);
			assertThat(document.getDocumentCatalog().getMetadata()).isNotNull();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "pl", "cs", "ru" })
	void aReportWithoutManagementSheetsIsPdfA2b(String language) throws Exception {
		var scored = ExampleWorkbooks.score(ExampleWorkbooks.customersOnly(folder, language));
		assertPdfA2b(pdf(scored.scores(), scored));
	}

	@Test
	void everyReportOfTheSampleInputIsPdfA2b() throws Exception {
		for (String workbook : List.of("harbour-hotels-2026-q3.xlsx", "lodz-bank-2026-q2.xlsx",
				"severnyy-bank-2026-q3.xlsx", "zlutoucky-kun-s-r-o-2026-q3.xlsx")) {
			var scored = ExampleWorkbooks.score(Path.of("input", workbook));
			assertPdfA2b(pdf(scored.scores(), scored));
		}
	}

	@Test
	void aReportWithATrendIsPdfA2b() throws Exception {
		for (String client : List.of("acme-logistics", "lodz-bank")) {
			Scores first = ExampleWorkbooks.score(Path.of("input", client + "-2026-q2.xlsx")).scores();
			var scored = ExampleWorkbooks.score(Path.of("input", client + "-2026-q3.xlsx"),
					List.of(first.trendPoint()));
			assertPdfA2b(pdf(scored.scores(), scored));
		}
	}

	@Test
	void theCheckFailsAPdfThatIsNotPdfA() {
		var out = new ByteArrayOutputStream();
		try (var document = new org.openpdf.text.Document()) {
			org.openpdf.text.pdf.PdfWriter.getInstance(document, out);
			document.open();
			document.add(new org.openpdf.text.Paragraph("Helvetica, not embedded"));
		}
		assertThatThrownBy(() -> assertPdfA2b(out.toByteArray())).hasMessageContaining("6.2.11.4.1");
	}

	private static byte[] pdf(Scores scores, ExampleWorkbooks.Scored scored) {
		var out = new ByteArrayOutputStream();
		PdfReport.packaged().write(scores, scored.problems(), LocalDate.of(2026, 11, 25), out);
		return out.toByteArray();
	}

	/** Fails with every rule the PDF breaks, as veraPDF names and explains it. */
	static void assertPdfA2b(byte[] pdf) throws Exception {
		try (PDFAParser parser = Foundries.defaultInstance()
			.createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
				PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
			ValidationResult result = validator.validate(parser);
			String failed = result.getTestAssertions()
				.stream()
				.filter((assertion) -> assertion.getStatus() == TestAssertion.Status.FAILED)
				.map((assertion) -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
						+ ": " + assertion.getMessage())
				.distinct()
				.collect(Collectors.joining("\n"));
			assertThat(result.isCompliant()).as("veraPDF, PDF/A-2b:%n%s", failed).isTrue();
		}
	}

}
