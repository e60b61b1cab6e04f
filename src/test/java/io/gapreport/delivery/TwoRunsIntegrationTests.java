package io.gapreport.delivery;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.gapreport.cli.GapReportCli;
import io.gapreport.testing.GreenMailExtension;
import io.gapreport.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two {@code run --mail} processes on the same folders and job database at once (a cron
 * run while another is still going): the second says it waits, then finds every workbook
 * reported; every report reaches its recipient once.
 */
class TwoRunsIntegrationTests {

	static final List<String> databases = TestDatabases.KINDS;

	private static final int WORKBOOKS = 8;

	@TempDir
	Path folder;

	@RegisterExtension
	final GreenMailExtension smtp = new GreenMailExtension();

	private List<String> database = List.of();

	@AfterEach
	void dropSchema() {
		TestDatabases.dropSchema(this.database);
	}

	@ParameterizedTest
	@FieldSource("databases")
	void aSecondRunWaitsSayingSoAndNothingIsReportedOrSentTwice(String kind) throws Exception {
		int port = this.smtp.port();
		Path input = KillAndRerunTests.workbooks(this.folder.resolve("input"), WORKBOOKS);
		Path output = this.folder.resolve("output");
		this.database = TestDatabases.properties(kind, this.folder);
		List<String> args = new ArrayList<>(List.of("run", "--threads", "1", "--input", input.toString(), "--output",
				output.toString(), "--mail", "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + port));
		args.addAll(this.database);
		Path log = this.folder.resolve("first-run.log");
		Process first = KillAndRerunTests.start(args, log);
		try {
			// the first run holds the lock once it has begun a report
			await().atMost(Duration.ofSeconds(120))
				.pollInterval(Duration.ofMillis(20))
				.until(() -> Files.isDirectory(output) && Files.list(output).anyMatch(Files::isDirectory));

			var out = new StringWriter();
			int second = GapReportCli.execute(new PrintWriter(out, true), new PrintWriter(out, true),
					args.toArray(String[]::new));

			assertThat(first.waitFor(2, TimeUnit.MINUTES)).isTrue();
			assertThat(first.exitValue()).as(Files.readString(log)).isZero();
			assertThat(second).as(out.toString()).isZero();
			assertThat(out.toString()).contains(
					"another gap-report run is using the job database; waiting for it " + "to finish",
					WORKBOOKS + " workbook(s): 0 reported, " + WORKBOOKS + " unchanged, 0 failed");
		}
		finally {
			first.destroyForcibly();
		}
		assertThat(this.smtp.received()).hasSize(WORKBOOKS);
		JsonNode summary = JsonMapper.builder().build().readTree(output.resolve("run-summary.json").toFile());
		summary.forEach(
				(entry) -> assertThat(entry.get("mail").get(0).get("status").asString()).isEqualTo("already_sent"));
	}

}
