package io.gapreport.delivery;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.gapreport.cli.GapReportCli;
import io.gapreport.testing.ConsoleLines;
import io.gapreport.testing.GreenMailExtension;
import io.gapreport.testing.TestDatabases;
import io.gapreport.testing.Workbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code run --mail} against a mail server that misbehaves ({@link FakeSmtp}), through
 * the command line a user types: a connection dropped after the message's final dot, a
 * recipient refused for good, a server that accepts connections and never answers.
 */
class MailFaultsIntegrationTests {

	static final List<String> databases = TestDatabases.KINDS;

	/** A mail server that behaves, for the tests that need one too. */
	@RegisterExtension
	final GreenMailExtension greenMail = new GreenMailExtension();

	@TempDir
	Path folder;

	private StringWriter out = new StringWriter();

	private List<String> database;

	@Test
	void aConnectionDroppedAfterTheFinalDotIsSentOnceMoreAndMarkedPossiblyTwice() throws Exception {
		Path input = workbook("anna@example.com");
		try (var smtp = new FakeSmtp(FakeSmtp.Way.DROP_AFTER_DOT)) {
			assertThat(run(input, smtp.port(), "h2", "--mail", "--gap-report.mail.attempts=3",
					"--gap-report.mail.backoff=10ms"))
				.as(this.out.toString())
				.isZero();
			assertThat(smtp.messages()).as("the dropped message and the one sent again").isEqualTo(2);
			assertThat(smtp.accepted()).isEqualTo(1);
		}
		JsonNode copy = summary().get(0).get("mail").get(0);
		assertThat(copy.get("status").asString()).isEqualTo("sent_maybe_twice");
		assertThat(copy.get("message").asString()).contains("may have delivered it too");
		assertThat(summary().get(0).get("status").asString()).isEqualTo("reported");
		assertThat(this.out.toString()).contains("e-mail: 1 sent to 1 recipient(s), 1 of them possibly twice");
	}

	@Test
	void aRecipientRefusedForNowIsTriedAgainInTheSameRun() throws Exception {
		Path input = workbook("anna@example.com");
		try (var smtp = new FakeSmtp(FakeSmtp.Way.GREYLIST)) {
			assertThat(run(input, smtp.port(), "h2", "--mail", "--gap-report.mail.backoff=10ms"))
				.as(this.out.toString())
				.isZero();
			assertThat(smtp.recipients()).isEqualTo(2);
			assertThat(smtp.accepted()).isEqualTo(1);
		}
		assertThat(summary().get(0).get("mail").get(0).get("status").asString()).isEqualTo("sent");
	}

	@ParameterizedTest
	@FieldSource("databases")
	void aRecipientRefusedForGoodFailsTheWorkbookOnceAndIsTriedAgainOnlyWhenAsked(String database) throws Exception {
		Path input = workbook("nobody@example.com");
		try (var smtp = new FakeSmtp(FakeSmtp.Way.REFUSE_RECIPIENT)) {
			assertThat(run(input, smtp.port(), database, "--mail")).as(this.out.toString()).isEqualTo(1);
			assertThat(smtp.recipients()).as("a refusal for good is not tried again in the run").isEqualTo(1);
			JsonNode entry = summary().get(0);
			assertThat(entry.get("status").asString()).isEqualTo("failed");
			assertThat(entry.get("message").asString()).contains("e-mail to nobody@example.com refused")
				.contains("550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown")
				.contains("--retry-refused");
			assertThat(entry.get("mail").get(0).get("status").asString()).isEqualTo("refused");
			assertThat(this.out.toString()).contains("1 refused for good by the mail server");

			assertThat(run(input, smtp.port(), database, "--mail")).as("the next night").isZero();
			assertThat(smtp.recipients()).as(this.out.toString()).isEqualTo(1);
			JsonNode copy = summary().get(0).get("mail").get(0);
			assertThat(copy.get("status").asString()).isEqualTo("already_refused");
			assertThat(copy.get("message").asString()).contains("550 5.1.1").contains("--retry-refused");
			assertThat(summary().get(0).get("status").asString()).isEqualTo("unchanged");

			assertThat(run(input, smtp.port(), database, "--mail", "--retry-refused")).as(this.out.toString()).isZero();
			assertThat(smtp.recipients()).isEqualTo(2);
			assertThat(smtp.accepted()).isEqualTo(1);
			assertThat(summary().get(0).get("mail").get(0).get("status").asString()).isEqualTo("sent");
		}
	}

	@Test
	void aServerThatNeverAnswersEndsTheRunWithinTwoMinutesAndTheNextRunSends() throws Exception {
		Path input = workbook("anna@example.com; jan@example.org");
		int port = this.greenMail.port();
		this.greenMail.stop();
		long started = System.nanoTime();
		try (var smtp = new FakeSmtp(port, FakeSmtp.Way.SILENT, FakeSmtp.Way.SILENT, FakeSmtp.Way.SILENT)) {
			// the default timeouts and attempts, as a user has them
			assertThat(run(input, port, "h2", "--mail")).as(this.out.toString()).isEqualTo(3);
		}
		Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
		assertThat(elapsed).isLessThan(Duration.ofMinutes(2));
		assertThat(ConsoleLines.of(this.out).stream().filter((line) -> line.startsWith("e-mail:"))).singleElement()
			.asString()
			.contains("2 not sent, SMTP server 127.0.0.1:" + port + " unreachable")
			.contains("the next run with --mail sends them");
		List<String> statuses = new ArrayList<>();
		summary().get(0).get("mail").forEach((copy) -> statuses.add(copy.get("status").asString()));
		assertThat(statuses).containsExactly("unreachable", "unreachable");

		this.greenMail.start();
		this.out = new StringWriter();
		assertThat(run(input, port, "h2", "--mail")).as(this.out.toString()).isZero();
		assertThat(this.greenMail.received()).hasSize(2);
		assertThat(this.out.toString()).contains("e-mail: 2 sent to 2 recipient(s)");
	}

	@Test
	void aRefusedLoginStopsTheDeliveryAtOnceWithExitCode2AndTheNextRunWithTheRightPasswordSendsOnce() throws Exception {
		Path input = workbook("anna@example.com; jan@example.org");
		this.greenMail.server().setUser("reports@example.com", "reports", "right-secret");
		int port = this.greenMail.port();
		assertThat(run(input, port, "h2", "--mail", "--spring.mail.username=reports",
				"--spring.mail.password=wrong-secret"))
			.as(this.out.toString())
			.isEqualTo(2);
		assertThat(this.greenMail.received()).isEmpty();
		assertThat(this.out.toString()).doesNotContain("wrong-secret");
		assertThat(ConsoleLines.of(this.out).stream().filter((line) -> line.startsWith("e-mail:"))).singleElement()
			.asString()
			.contains("e-mail: 2 not sent, login refused by SMTP server 127.0.0.1:" + port + " for user reports (")
			.contains("check spring.mail.username and spring.mail.password")
			.contains("the next run with --mail sends them");
		List<String> statuses = new ArrayList<>();
		summary().get(0).get("mail").forEach((copy) -> statuses.add(copy.get("status").asString()));
		assertThat(statuses).containsExactly("failed", "failed");

		this.out = new StringWriter();
		String[] right = { "--mail", "--spring.mail.username=reports", "--spring.mail.password=right-secret" };
		assertThat(run(input, port, "h2", right)).as(this.out.toString()).isZero();
		assertThat(this.greenMail.received()).hasSize(2);
		assertThat(this.out.toString()).contains("e-mail: 2 sent to 2 recipient(s)");
		assertThat(run(input, port, "h2", right)).as("the night after").isZero();
		assertThat(this.greenMail.received()).hasSize(2);
	}

	private Path workbook(String recipients) throws Exception {
		Path input = this.folder.resolve("input");
		Workbooks.example(input.resolve("cafe.xlsx"), "Café", "2026-Q3", "en", recipients);
		return input;
	}

	private int run(Path input, int port, String kind, String... options) {
		if (this.database == null) {
			this.database = TestDatabases.properties(kind, this.folder);
		}
		List<String> args = new ArrayList<>(
				List.of("run", "--input", input.toString(), "--output", this.folder.resolve("output").toString(),
						"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + port));
		args.addAll(this.database);
		args.addAll(List.of(options));
		return GapReportCli.execute(new PrintWriter(this.out, true), new PrintWriter(this.out, true),
				args.toArray(String[]::new));
	}

	private JsonNode summary() {
		return JsonMapper.builder().build().readTree(this.folder.resolve("output/run-summary.json").toFile());
	}

}
