package io.gapreport.delivery;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.gapreport.cli.GapReportCli;
import io.gapreport.report.PdfText;
import io.gapreport.testing.GreenMailExtension;
import io.gapreport.testing.TestDatabases;
import jakarta.mail.internet.MimeMessage;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No e-mail address or phone number from a comment leaves the program: a run with
 * {@code --mail} on a workbook whose comments hold them (quoted ones, and ones on rows
 * with invalid cells and rejected rows) writes none of them into any file under its
 * output or log folder, its console, or any mail it sends (GreenMail on loopback).
 */
class CommentPrivacyTests {

	/** What the comments hold, as written: none of it may appear anywhere. */
	private static final List<String> SECRETS = List.of("j.smith@example.com", "7946 0958", "leak.me@example.net",
			"601 234 567", "rejected.row@example.org", "+420 777 123 456");

	@TempDir
	Path folder;

	@RegisterExtension
	final GreenMailExtension smtp = new GreenMailExtension();

	@Test
	void noAddressOrPhoneNumberOfACommentIsInAnyFileOrMailTheRunWrites() throws Exception {
		int port = this.smtp.port();
		Path input = workbook(this.folder.resolve("input/voice.xlsx")).getParent();
		var out = new StringWriter();
		List<String> args = new ArrayList<>(List.of("run", "--input", input.toString(), "--output",
				this.folder.resolve("output").toString(), "--mail", "--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + port, "--logging.file.name=" + this.folder.resolve("logs/gap-report-t.log")));
		args.addAll(TestDatabases.properties("h2", this.folder));
		int exit = GapReportCli.execute(new PrintWriter(out, true), new PrintWriter(out, true),
				args.toArray(String[]::new));
		assertThat(exit).as(out.toString()).isZero();

		List<String> written = new ArrayList<>();
		try (Stream<Path> files = Files.walk(this.folder)) {
			for (Path file : files.filter(Files::isRegularFile).filter((f) -> !f.startsWith(input)).toList()) {
				written.add(file.getFileName().toString());
				String text = file.toString().endsWith(".pdf") ? PdfText.of(file)
						: new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
				assertThat(text).as(file.toString()).doesNotContain(SECRETS);
			}
		}
		assertThat(written).contains("report.pdf", "scores.json", "rejected.csv", "run-summary.json");
		assertThat(out.toString()).doesNotContain(SECRETS);
		MimeMessage[] received = this.smtp.received();
		assertThat(received).hasSize(1);
		assertThat(MailIntegrationTests.text(received[0])).doesNotContain(SECRETS);
		Path attached = this.folder.resolve("attached.pdf");
		Files.write(attached, MailIntegrationTests.attachment(received[0]));
		String attachedText = PdfText.of(attached);
		assertThat(attachedText).doesNotContain(SECRETS).contains("[phone]", "[e-mail]");
	}

	/**
	 * The English golden voice workbook with a recipient, a customer whose comment holds
	 * an address and a phone number beside an invalid cell, and a rejected row (no
	 * respondent) with both.
	 */
	private static Path workbook(Path file) throws Exception {
		Files.createDirectories(file.getParent());
		try (InputStream in = CommentPrivacyTests.class.getResourceAsStream("/golden/voice-en.xlsx");
				XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet engagement = workbook.getSheet("Engagement");
			Row recipients = engagement.createRow(engagement.getLastRowNum() + 1);
			recipients.createCell(0).setCellValue("recipients");
			recipients.createCell(1).setCellValue("anna@example.com");
			Sheet customers = workbook.getSheet("Customers");
			Object[][] rows = {
					{ "c15", 3.0, "Awful wait, reach me at leak.me@example.net or 601 234 567 today", "abc", 2.0, 5.0,
							2.0, 2.0, 4.0, 3.0, 3.0 },
					{ "", 2.0, "Call +420 777 123 456 or rejected.row@example.org now", 5.0, 2.0, 5.0, 2.0, 2.0, 4.0,
							3.0, 3.0 } };
			for (Object[] values : rows) {
				Row row = customers.createRow(customers.getLastRowNum() + 1);
				for (int c = 0; c < values.length; c++) {
					if (values[c] instanceof String text) {
						row.createCell(c).setCellValue(text);
					}
					else {
						row.createCell(c).setCellValue((Double) values[c]);
					}
				}
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		return file;
	}

}
