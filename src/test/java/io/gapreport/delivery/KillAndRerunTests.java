package io.gapreport.delivery;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import io.gapreport.cli.GapReportCli;
import io.gapreport.testing.GreenMailExtension;
import io.gapreport.testing.TestDatabases;
import io.gapreport.testing.Workbooks;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a real {@code run --mail} process in the middle of a run of six workbooks, runs
 * again (which restarts the killed run's unfinished clients, then its delivery step), and
 * checks that every report reached every recipient exactly once and that no half-written
 * file is left behind.
 */
class KillAndRerunTests {

	static final List<String> databases = TestDatabases.KINDS;

	private static final int WORKBOOKS = 6;

	@TempDir
	Path folder;

	@RegisterExtension
	final GreenMailExtension smtp = new GreenMailExtension();

	@ParameterizedTest
	@FieldSource("databases")
	void aKilledRunIsFinishedByTheNextWithEveryReportDeliveredOnce(String database) throws Exception {
		int port = this.smtp.port();
		Path input = workbooks(this.folder.resolve("input"), WORKBOOKS);
		Path output = this.folder.resolve("output");
		List<String> args = new ArrayList<>(List.of("run", "--input", input.toString(), "--output", output.toString(),
				"--mail", "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + port));
		args.addAll(TestDatabases.properties(database, this.folder));

		Process process = start(args, this.folder.resolve("killed-run.log"));
		try {
			// kill while a later workbook's PDF is being written, two reports in place:
			// mail goes out only after every report of the run is recorded
			awaitTrue(() -> reportsInPlace(output) >= 2 && pdfBeingWritten(output), Duration.ofSeconds(90));
			process.destroyForcibly();
			assertThat(process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
		}
		finally {
			process.destroyForcibly();
		}
		assertThat(reportsInPlace(output)).isBetween(2L, WORKBOOKS - 1L);
		assertThat(this.smtp.received()).as("nothing is sent before every report is recorded").isEmpty();

		var out = new StringWriter();
		int exit = GapReportCli.execute(new PrintWriter(out, true), new PrintWriter(out, true),
				args.toArray(String[]::new));
		assertThat(exit).as(out.toString()).isZero();

		MimeMessage[] received = this.smtp.received();
		assertThat(received).hasSize(WORKBOOKS);
		assertThat(Arrays.stream(received).map(GreenMailExtension::subject).distinct()).hasSize(WORKBOOKS);
		for (int i = 1; i <= WORKBOOKS; i++) {
			assertThat(output.resolve("client-" + i + "/2026-q3/report.pdf")).isRegularFile();
		}
		try (Stream<Path> files = Files.walk(output)) {
			assertThat(files.map(Path::toString).filter((name) -> name.endsWith(".part"))).isEmpty();
		}
		// the rerun restarted the killed run: what it had committed is not done again
		// (so not "unchanged"), and the summary covers the whole run
		JsonNode summary = JsonMapper.builder().build().readTree(output.resolve("run-summary.json").toFile());
		assertThat(summary).hasSize(WORKBOOKS);
		summary.forEach((entry) -> assertThat(entry.get("status").asString()).isEqualTo("reported"));
	}

	/**
	 * {@code count} workbooks of clients 1 to count in {@code input}, each for its
	 * manager.
	 */
	static Path workbooks(Path input, int count) throws Exception {
		for (int i = 1; i <= count; i++) {
			Workbooks.example(input.resolve("client-" + i + ".xlsx"), "Client " + i, "2026-Q3", "en",
					"manager" + i + "@example.com");
		}
		return input;
	}

	/** The command line in a process of its own, its output in {@code log}. */
	static Process start(List<String> args, Path log) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add("-Djava.awt.headless=true");
		command.add(GapReportCli.class.getName());
		command.addAll(args);
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
	}

	private static long reportsInPlace(Path output) {
		if (!Files.isDirectory(output)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(output)) {
			return files.filter((file) -> file.getFileName().toString().equals("report.pdf")).count();
		}
		catch (IOException | java.io.UncheckedIOException ex) {
			return 0;
		}
	}

	private static boolean pdfBeingWritten(Path output) {
		if (!Files.isDirectory(output)) {
			return false;
		}
		try (Stream<Path> files = Files.walk(output)) {
			return files.anyMatch((file) -> file.getFileName().toString().startsWith(".report.pdf."));
		}
		catch (IOException | java.io.UncheckedIOException ex) {
			return false;
		}
	}

	private static void awaitTrue(java.util.function.BooleanSupplier condition, Duration timeout) {
		Awaitility.await("the run to reach the middle")
			.atMost(timeout)
			.pollInterval(Duration.ofMillis(2))
			.until(condition::getAsBoolean);
	}

}
