package io.gapreport.delivery;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.gapreport.testing.CliProcesses;
import io.gapreport.testing.ConsoleLines;
import io.gapreport.testing.GreenMailExtension;
import io.gapreport.testing.TestDatabases;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static io.gapreport.testing.GreenMailExtension.attachmentName;
import static io.gapreport.testing.GreenMailExtension.recipient;
import static io.gapreport.testing.GreenMailExtension.subject;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills (SIGKILL) a real {@code run --mail} process of a workbook with units while it
 * mails: two of the four copies kept by the mail server, the third handed over and not
 * yet answered. The next run finishes the killed one and sends the two left, and every
 * unit's managers end up with their unit's report once: the copy the killed run was
 * sending goes again (marked {@code sent_maybe_twice}, as the server may have kept it),
 * the copies the server had kept do not.
 */
class UnitMailKillAndRerunTests {

	static final List<String> databases = TestDatabases.KINDS;

	/** The client's report and the units' reports, one line per copy. */
	private static final List<String> EXPECTED = List.of("head@bank.example Service gap analysis: Bank Units, 2026-Q3",
			"anna@bank.example Service gap analysis: Oddział Kraków Rynek (Bank Units), 2026-Q3",
			"piotr@bank.example Service gap analysis: Oddział Kraków Rynek (Bank Units), 2026-Q3",
			"anna@bank.example Service gap analysis: Gdańsk (Bank Units), 2026-Q3");

	@RegisterExtension
	final GreenMailExtension smtp = new GreenMailExtension();

	@TempDir
	Path folder;

	@ParameterizedTest
	@FieldSource("databases")
	void eachUnitsManagersGetTheirUnitsReportOnceAfterARunKilledWhileMailing(String database) throws Exception {
		Path input = this.folder.resolve("input");
		UnitMailIntegrationTests.unitsWorkbook(input.resolve("bank.xlsx"));
		Path output = this.folder.resolve("output");
		List<String> db = TestDatabases.properties(database, this.folder);
		List<String> args = new ArrayList<>(
				List.of("run", "--input", input.toString(), "--output", output.toString(), "--mail"));
		args.addAll(this.smtp.properties());
		args.addAll(db);
		GreenMailExtension.Hold third = this.smtp.hold(3);

		try (var processes = new CliProcesses(this.folder)) {
			Process killed = processes.start("killed", args);
			processes.awaitTrue(third::holding);
			killed.destroyForcibly();
			assertThat(killed.waitFor(1, TimeUnit.MINUTES)).isTrue();
			assertThat(killed.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
			assertThat(this.smtp.received()).as("kept before the kill").hasSize(2);
			third.release();

			assertThat(processes.run("rerun", args)).as(processes.console("rerun")).isZero();
			MimeMessage[] received = this.smtp.received();
			assertThat(Arrays.stream(received).map((mail) -> recipient(mail) + " " + subject(mail)))
				.as("once each; nothing to ewa@bank.example, manager of the suppressed Poznań")
				.containsExactlyInAnyOrderElementsOf(EXPECTED);
			for (MimeMessage mail : received) {
				String expected = subject(mail).contains("Kraków") ? "bank-units-2026-q3-krakow-rynek.pdf"
						: subject(mail).contains("Gdańsk") ? "bank-units-2026-q3-gdansk.pdf" : "bank-units-2026-q3.pdf";
				assertThat(attachmentName(mail)).isEqualTo(expected);
			}

			JsonNode entry = JsonMapper.builder().build().readTree(output.resolve("run-summary.json").toFile()).get(0);
			assertThat(entry.get("status").asString()).isEqualTo("reported");
			assertThat(entry.get("message").asString()).contains("nothing mailed to its 1 recipient(s)");
			List<String> statuses = new ArrayList<>();
			entry.get("mail").forEach((copy) -> statuses.add(copy.get("status").asString()));
			// the rerun finished the killed run: its summary covers the copies sent
			// before
			// the kill too
			assertThat(statuses).containsExactlyInAnyOrder("sent", "sent", "sent_maybe_twice", "sent");
			assertThat(ConsoleLines.of(processes.console("rerun")))
				.contains("e-mail: 4 sent to 3 recipient(s), 1 of them possibly twice (see run-summary.json)");

			assertThat(processes.run("again", args)).isZero();
			assertThat(this.smtp.received()).as("a third run sends nothing").hasSize(4);
		}
		finally {
			TestDatabases.dropSchema(db);
		}
	}

}
