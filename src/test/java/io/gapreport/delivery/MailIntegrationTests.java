package io.gapreport.delivery;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.gapreport.cli.GapReportCli;
import io.gapreport.testing.GreenMailExtension;
import io.gapreport.testing.TestDatabases;
import io.gapreport.testing.Workbooks;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.openpdf.text.pdf.PdfReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code run --mail} against a real SMTP server (GreenMail) on loopback, on H2 and on
 * PostgreSQL: recipients, subject and body in the report's language, the PDF attached,
 * never a second copy, and a copy that failed sent by the next run.
 */
class MailIntegrationTests {

	static final List<String> databases = TestDatabases.KINDS;

	@TempDir
	Path folder;

	@RegisterExtension
	final GreenMailExtension smtp = new GreenMailExtension();

	private final StringWriter out = new StringWriter();

	@ParameterizedTest
	@FieldSource("databases")
	void eachRecipientGetsTheReportOnceInTheReportsLanguage(String database) throws Exception {
		int port = this.smtp.port();
		Path input = this.folder.resolve("input");
		Workbooks.example(input.resolve("cafe.xlsx"), "Kawiarnia Łódź", "2026-Q3", "pl",
				"anna@example.com; jan@example.org");
		List<String> db = TestDatabases.properties(database, this.folder);

		assertThat(run(input, port, db, "--mail")).isZero();
		assertThat(this.out.toString()).contains("e-mail: 2 sent to 2 recipient(s)");
		MimeMessage[] received = this.smtp.received();
		assertThat(received).hasSize(2);
		assertThat(Arrays.stream(received).map(GreenMailExtension::recipient))
			.containsExactlyInAnyOrder("anna@example.com", "jan@example.org");
		MimeMessage mail = received[0];
		assertThat(mail.getSubject()).contains("Kawiarnia Łódź", "2026-Q3").startsWith("Analiza");
		String body = text(mail);
		assertThat(body).contains("Kawiarnia Łódź", "\u22120,53", "Dostępność");
		byte[] pdf = attachment(mail);
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(new PdfReader(pdf).getNumberOfPages()).isGreaterThan(5);
		assertThat(mailStatuses()).containsOnly("sent");

		assertThat(run(input, port, db, "--mail")).isZero();
		assertThat(this.smtp.received()).hasSize(2);
		assertThat(mailStatuses()).containsOnly("already_sent");
		assertThat(this.out.toString()).contains("e-mail: 2 already sent by an earlier run");
		assertThat(run(input, port, db, "--mail", "--force")).isZero();
		assertThat(this.smtp.received()).hasSize(2);
	}

	@ParameterizedTest
	@FieldSource("databases")
	void withoutMailNothingIsSentAndTheSummarySaysWhoWouldGetIt(String database) throws Exception {
		int port = this.smtp.port();
		Path input = this.folder.resolve("input");
		Workbooks.example(input.resolve("cafe.xlsx"), "Café", "2026-Q3", "en", "anna@example.com");
		List<String> db = TestDatabases.properties(database, this.folder);
		assertThat(run(input, port, db)).isZero();
		assertThat(this.smtp.received()).isEmpty();
		assertThat(mailStatuses()).containsExactly("would_send");
		assertThat(run(input, port, db, "--mail")).isZero();
		assertThat(this.smtp.received()).hasSize(1);
		assertThat(this.smtp.received()[0].getSubject()).isEqualTo("Service gap analysis: Café, 2026-Q3");
	}

	@Test
	void aRunWithMailSaysSoWhenNoWorkbookNamesRecipients() throws Exception {
		Path input = this.folder.resolve("input");
		Workbooks.example(input.resolve("cafe.xlsx"), "Café", "2026-Q3", "en", "");
		this.smtp.stop();
		assertThat(run(input, this.smtp.port(), TestDatabases.properties("h2", this.folder), "--mail")).isZero();
		assertThat(this.out.toString()).contains("e-mail: none to send (no workbook of this run names recipients)");
	}

	@Test
	void mailQueuedForAWorkbookThatHasSinceGoneIsSentByTheNextRunWithMail() throws Exception {
		int port = this.smtp.port();
		Path input = this.folder.resolve("input");
		Workbooks.example(input.resolve("cafe.xlsx"), "Café", "2026-Q3", "en", "anna@example.com");
		List<String> db = TestDatabases.properties("h2", this.folder);
		assertThat(run(input, port, db)).isZero();
		assertThat(mailStatuses()).containsExactly("would_send");

		java.nio.file.Files.move(input.resolve("cafe.xlsx"), this.folder.resolve("cafe.xlsx"));
		Workbooks.example(input.resolve("bar.xlsx"), "Bar", "2026-Q3", "en", "jan@example.org");
		assertThat(run(input, port, db, "--mail")).as(this.out.toString()).isZero();
		assertThat(Arrays.stream(this.smtp.received()).map(GreenMailExtension::recipient))
			.containsExactlyInAnyOrder("anna@example.com", "jan@example.org");
		JsonNode gone = null;
		for (JsonNode entry : summary()) {
			if (entry.get("path").asString().equals("cafe.xlsx")) {
				gone = entry;
			}
		}
		assertThat(gone).as("an entry for the workbook that has gone").isNotNull();
		assertThat(gone.get("status").asString()).isEqualTo("unchanged");
		assertThat(gone.get("message").asString()).contains("reported by an earlier run");
		assertThat(gone.get("client").asString()).isEqualTo("Café");
		assertThat(gone.get("mail").get(0).get("status").asString()).isEqualTo("sent");
		assertThat(this.out.toString()).contains("e-mail: 2 sent to 2 recipient(s)");
	}

	@ParameterizedTest
	@FieldSource("databases")
	void aCopyThatFailsWhileTheServerIsDownIsSentOnceByTheNextRun(String database) throws Exception {
		this.smtp.stop();
		int port = this.smtp.port();
		Path input = this.folder.resolve("input");
		Workbooks.example(input.resolve("cafe.xlsx"), "Café", "2026-Q3", "en", "anna@example.com");
		List<String> db = TestDatabases.properties(database, this.folder);

		assertThat(run(input, port, db, "--mail")).as("an unreachable mail server").isEqualTo(3);
		JsonNode entry = summary().get(0);
		assertThat(entry.get("status").asString()).isEqualTo("failed");
		assertThat(entry.get("message").asString()).contains("anna@example.com")
			.contains("SMTP server 127.0.0.1:" + port + " unreachable")
			.containsIgnoringCase("connect");
		assertThat(entry.get("files").toString()).contains("report.pdf");
		assertThat(mailStatuses()).containsExactly("unreachable");

		this.smtp.start();
		assertThat(run(input, port, db, "--mail")).isZero();
		assertThat(this.smtp.received()).hasSize(1);
		assertThat(summary().get(0).get("status").asString()).isEqualTo("unchanged");
		assertThat(mailStatuses()).containsExactly("sent");
		assertThat(run(input, port, db, "--mail")).isZero();
		assertThat(this.smtp.received()).hasSize(1);
	}

	@ParameterizedTest
	@FieldSource("databases")
	void aReportOverTheSizeLimitIsNotAttachedAndTheMailSaysWhereItIs(String database) throws Exception {
		int port = this.smtp.port();
		Path input = this.folder.resolve("input");
		Workbooks.example(input.resolve("cafe.xlsx"), "Café", "2026-Q3", "en", "anna@example.com");
		assertThat(run(input, port, TestDatabases.properties(database, this.folder), "--mail",
				"--gap-report.mail.max-attachment-size=10KB"))
			.isZero();
		MimeMessage mail = this.smtp.received()[0];
		String body = text(mail);
		assertThat(body).contains("too large to attach")
			.contains(this.folder.resolve("output/cafe/2026-q3/report.pdf").toAbsolutePath().toString());
		// page 1 as HTML and as text, nothing attached
		var raw = new java.io.ByteArrayOutputStream();
		mail.writeTo(raw);
		assertThat(raw.toString(java.nio.charset.StandardCharsets.UTF_8)).containsIgnoringCase("text/html")
			.doesNotContainIgnoringCase("Content-Disposition: attachment");
	}

	private int run(Path input, int port, List<String> database, String... options) {
		return run(this.out, input, this.folder.resolve("output"), port, database, options);
	}

	/**
	 * {@code run} of {@code input} into {@code output} with mail to loopback
	 * {@code port}.
	 */
	static int run(StringWriter out, Path input, Path output, int port, List<String> database, String... options) {
		List<String> args = new ArrayList<>(List.of("run", "--input", input.toString(), "--output", output.toString(),
				"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + port, "--gap-report.mail.attempts=2",
				"--gap-report.mail.backoff=10ms"));
		args.addAll(database);
		args.addAll(List.of(options));
		return GapReportCli.execute(new PrintWriter(out, true), new PrintWriter(out, true),
				args.toArray(String[]::new));
	}

	private JsonNode summary() {
		return JsonMapper.builder().build().readTree(this.folder.resolve("output/run-summary.json").toFile());
	}

	private List<String> mailStatuses() {
		List<String> statuses = new ArrayList<>();
		summary().forEach((entry) -> entry.get("mail").forEach((copy) -> statuses.add(copy.get("status").asString())));
		return statuses;
	}

	static String text(MimeMessage message) throws Exception {
		String text = text((Part) message);
		assertThat(text).as("a text/plain part").isNotNull();
		return text;
	}

	private static String text(Part part) throws Exception {
		if (part.isMimeType("text/plain")) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String text = text(multipart.getBodyPart(i));
				if (text != null) {
					return text;
				}
			}
		}
		return null;
	}

	static byte[] attachment(MimeMessage message) throws Exception {
		Multipart multipart = (Multipart) message.getContent();
		for (int i = 0; i < multipart.getCount(); i++) {
			Part part = multipart.getBodyPart(i);
			if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				assertThat(part.getFileName()).matches("[a-z0-9-]+-\\d{4}-q\\d\\.pdf");
				assertThat(part.getContentType()).startsWith("application/pdf");
				return part.getInputStream().readAllBytes();
			}
		}
		throw new AssertionError("no attachment");
	}

}
