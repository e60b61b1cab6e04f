package io.gapreport.report;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The e-mail that carries a report is worded from the very model the PDF was rendered
 * from: its headline and first actions, its date, in its language; the report's size and
 * place only in the ending for a report too large to attach.
 */
class ReportLettersTests {

	@TempDir
	Path folder;

	@Test
	void theMailSaysWhatTheRenderedReportSaysInItsLanguage() throws Exception {
		var scored = ExampleWorkbooks
			.score(ExampleWorkbooks.write(this.folder, "pl", "Kawiarnia", "Czy zamówienie było poprawne?"));
		PdfReport pdf = PdfReport.packaged();
		ReportModel model = pdf.model(scored.scores(), scored.problems(), LocalDate.of(2026, 11, 25));
		var out = new ByteArrayOutputStream();
		pdf.render(model, out);
		Path report = this.folder.resolve("kawiarnia/2026-q3/report.pdf");
		Files.createDirectories(report.getParent());
		Files.write(report, out.toByteArray());

		ReportMail mail = ReportLetters.packaged().compose(model, 12_345_678, report);

		assertThat(mail.subject()).isEqualTo("Analiza luk w obsłudze: Kawiarnia, " + model.header().wave());
		assertThat(mail.attachedBody())
			.contains(model.decision().headline(), model.decision().overall(), model.decision().nps())
			.doesNotContain(report.toString());
		String attached = Messages.load("pl", null).get("mail.attached");
		assertThat(mail.attachedBody()).contains(attached);
		assertThat(mail.tooLargeBody())
			.startsWith(mail.attachedBody().substring(0, mail.attachedBody().indexOf(attached)))
			.contains("12,3 MB", report.toAbsolutePath().toString())
			.doesNotContain(attached);
		assertThat(mail.tooLargeHtml())
			.startsWith(mail.attachedHtml().substring(0, mail.attachedHtml().indexOf(attached)))
			.contains("12,3 MB", report.toAbsolutePath().toString())
			.doesNotContain(attached);
	}

}
