package io.gapreport.run;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.gapreport.cli.GapReportCli;
import io.gapreport.testing.ConsoleLines;
import io.gapreport.testing.TestDatabases;
import io.gapreport.testing.TestServices;
import io.gapreport.testing.Workbooks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * PostgreSQL cuts a run's connections while a report is being written (its backends
 * terminated, as a database restart or a failover does): the run stops with exit code 3
 * naming the database, every workbook has its line in the summary, the workbook whose
 * record was lost leaves nothing behind, and the next run reports it.
 */
class LostDatabaseIntegrationTests {

	private static final int WORKBOOKS = 4;

	@TempDir
	Path folder;

	private List<String> schema = List.of();

	@AfterEach
	void dropSchema() {
		TestDatabases.dropSchema(this.schema);
	}

	@Test
	void lostConnectionsStopTheRunWithExitCodeThreeNamingTheDatabaseAndNothingHalfWritten() throws Exception {
		Path input = this.folder.resolve("input");
		Path output = this.folder.resolve("output");
		for (int i = 1; i <= WORKBOOKS; i++) {
			Workbooks.example(input.resolve("client-" + i + ".xlsx"), "Client " + i, "2026-Q3", "en", "");
		}
		String application = "gr_lost_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
		this.schema = TestDatabases.properties("postgresql", this.folder);
		List<String> args = new ArrayList<>(
				List.of("run", "--threads", "1", "--input", input.toString(), "--output", output.toString()));
		for (String property : this.schema) {
			args.add(property.startsWith("--spring.datasource.url=")
					? property + "&ApplicationName=" + application + "&password=secret-word" : property);
		}
		var out = new StringWriter();
		var err = new StringWriter();
		CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> GapReportCli
			.execute(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new)));

		await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(5)).until(() -> pdfBeingWritten(output));
		assertThat(terminate(application)).isPositive();

		int exit = run.get(3, TimeUnit.MINUTES);
		assertThat(exit).as(out + "\n" + err).isEqualTo(3);
		assertThat(ConsoleLines.of(err)).singleElement()
			.asString()
			.startsWith("gap-report: the job database jdbc:postgresql://")
			.contains("ApplicationName=" + application, "password=***", " is unreachable: ")
			.doesNotContain("secret-word");
		JsonNode summary = JsonMapper.builder().build().readTree(output.resolve("run-summary.json").toFile());
		assertThat(summary).hasSize(WORKBOOKS);
		List<String> notReported = new ArrayList<>();
		for (JsonNode entry : summary) {
			String slug = entry.get("path").asString().replace(".xlsx", "");
			if (entry.get("status").asString().equals("reported")) {
				assertThat(output.resolve(slug + "/2026-q3/report.pdf")).isRegularFile();
				assertThat(output.resolve(slug + "/2026-q3/scores.json")).isRegularFile();
			}
			else if (entry.get("message").asString().startsWith("outcome not known:")) {
				// the database went before the partition saved what became of it: the
				// report is either whole, or absent
				if (Files.exists(output.resolve(slug))) {
					assertThat(output.resolve(slug + "/2026-q3/report.pdf")).isRegularFile();
					assertThat(output.resolve(slug + "/2026-q3/scores.json")).isRegularFile();
				}
				notReported.add(entry.get("path").asString());
			}
			else {
				assertThat(entry.get("message").asString())
					.isEqualTo("not reported: the run stopped before this workbook was done; the next run reports it");
				// its files were never put in place: its record was not committed
				assertThat(output.resolve(slug)).doesNotExist();
				notReported.add(entry.get("path").asString());
			}
		}
		assertThat(notReported).isNotEmpty();
		assertThat(partFiles(output)).isEmpty();

		var again = new StringWriter();
		assertThat(GapReportCli.execute(new PrintWriter(again, true), new PrintWriter(again, true),
				args.toArray(String[]::new)))
			.as(again.toString())
			.isZero();
		for (String path : notReported) {
			assertThat(output.resolve(path.replace(".xlsx", "") + "/2026-q3/report.pdf")).isRegularFile();
		}
	}

	/** Terminates the run's connections; returns how many. */
	private static int terminate(String application) throws Exception {
		TestServices.Postgres postgres = TestServices.postgres();
		try (Connection connection = DriverManager.getConnection(postgres.url(), postgres.user(), "");
				var statement = connection.prepareStatement(
						"SELECT COUNT(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ?) t")) {
			statement.setString(1, application);
			try (var rows = statement.executeQuery()) {
				rows.next();
				return rows.getInt(1);
			}
		}
	}

	private static boolean pdfBeingWritten(Path output) {
		try (Stream<Path> files = Files.walk(output)) {
			return files.anyMatch((file) -> file.getFileName().toString().startsWith(".report.pdf."));
		}
		catch (IOException | UncheckedIOException ex) {
			return false;
		}
	}

	private static List<Path> partFiles(Path output) throws IOException {
		try (Stream<Path> files = Files.walk(output)) {
			return files.filter((file) -> file.getFileName().toString().endsWith(".part")).toList();
		}
	}

}
