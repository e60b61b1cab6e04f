package io.gapreport.batch;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.gapreport.cli.GapReportCli;
import io.gapreport.testing.CliProcesses;
import io.gapreport.testing.TestDatabases;
import io.gapreport.testing.TestServices;
import io.gapreport.testing.Workbooks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code run --remote} that ended early, through an outage or a kill, is finished by
 * the next run on the same folders: its partitions left marked running are marked failed
 * and run again, never "already running". Real JVMs started through the command-line
 * entry with documented options only, against PostgreSQL and RabbitMQ (or embedded ones).
 */
class RemoteRecoveryIntegrationTests {

	private static final int CLIENTS = 3;

	private static final int WAVES = 2;

	@TempDir
	Path folder;

	private CliProcesses processes;

	private List<String> database = List.of();

	private Path input;

	private Path output;

	private final String queue = "gap-report-test-" + UUID.randomUUID();

	private int rabbitmq;

	@BeforeEach
	void writeWorkbooks() throws Exception {
		this.processes = new CliProcesses(this.folder);
		this.input = this.folder.resolve("input");
		this.output = this.folder.resolve("output");
		for (int client = 1; client <= CLIENTS; client++) {
			for (int wave = 1; wave <= WAVES; wave++) {
				Workbooks.example(this.input.resolve("client-" + client + "-q" + wave + ".xlsx"), "Client " + client,
						"2026-Q" + wave, "en", "manager" + client + "@example.com");
			}
		}
		this.database = new ArrayList<>(TestDatabases.properties("postgresql", this.folder));
		// six connections a process (two threads' chunk and claim, the lease, the job),
		// not the default ten: the test's processes share the PostgreSQL with every other
		// test running on the machine
		this.database.add("--spring.datasource.hikari.maximum-pool-size=6");
	}

	@AfterEach
	void cleanUp() throws Exception {
		this.processes.close();
		TestDatabases.dropSchema(this.database);
		if (this.rabbitmq > 0) {
			TestServices.deleteQueue(this.rabbitmq, this.queue);
		}
	}

	@Test
	void aRemoteRunThatFoundNoBrokerIsFinishedByTheNextLocalRun() throws Exception {
		int nobody = TestServices.freePort();
		List<String> remote = run("--remote", "--mail", "--spring.rabbitmq.host=127.0.0.1",
				"--spring.rabbitmq.port=" + nobody, "--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + TestServices.freePort());

		assertThat(this.processes.run("manager", remote)).as(() -> this.processes.console("manager")).isEqualTo(3);
		assertThat(this.processes.console("manager"))
			.contains("gap-report: the message broker 127.0.0.1:" + nobody + " is unreachable");
		// once more, as cron would while the broker is still down
		assertThat(this.processes.run("manager-again", remote)).as(() -> this.processes.console("manager-again"))
			.isEqualTo(3);
		assertThat(this.processes.console("manager-again")).doesNotContain("already running", "\tat ");

		var console = new StringWriter();
		int exit = GapReportCli.execute(new PrintWriter(console, true), new PrintWriter(console, true),
				run().toArray(String[]::new));
		assertThat(exit).as(console::toString).isZero();
		assertThat(console.toString()).contains(workbooks() + " workbook(s): " + workbooks() + " reported");
		assertEveryWorkbookReported();
	}

	@Test
	void aWorkerThatCannotReachTheBrokerAtStartSaysSoOnOneLineWithExitCode3() throws Exception {
		int nobody = TestServices.freePort();
		List<String> worker = new ArrayList<>(List.of("worker", "--threads", "1", "--spring.rabbitmq.host=127.0.0.1",
				"--spring.rabbitmq.port=" + nobody));
		worker.addAll(this.database);

		assertThat(this.processes.run("worker", worker)).as(() -> this.processes.console("worker")).isEqualTo(3);
		assertThat(this.processes.console("worker").lines()).singleElement()
			.satisfies((line) -> assertThat(line).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d gap-report: .*")
				.contains("the message broker 127.0.0.1:" + nobody + " is unreachable"));
	}

	@Test
	void aRemoteRunWhoseManagerWasKilledIsFinishedByTheNextRemoteRun() throws Exception {
		this.rabbitmq = TestServices.rabbitmq();
		List<String> broker = List.of("--spring.rabbitmq.host=127.0.0.1", "--spring.rabbitmq.port=" + this.rabbitmq,
				"--gap-report.remote.queue=" + this.queue);
		List<String> worker = new ArrayList<>(List.of("worker", "--threads", "1"));
		worker.addAll(this.database);
		worker.addAll(broker);
		List<String> remote = run("--remote");
		remote.addAll(broker);
		this.processes.start("worker", worker);
		this.processes.awaitTrue(() -> this.processes.console("worker").contains("reporting up to"));

		Process killed = this.processes.start("killed-manager", remote);
		this.processes.awaitTrue(() -> CliProcesses.reported(this.processes.console("worker")) >= 1);
		killed.destroyForcibly();
		assertThat(killed.waitFor(30, TimeUnit.SECONDS)).isTrue();

		assertThat(this.processes.run("manager", remote))
			.as(() -> this.processes.console("manager") + "\nworker: " + this.processes.console("worker"))
			.isZero();
		assertThat(this.processes.console("manager")).doesNotContain("already running", "\tat ");
		assertEveryWorkbookReported();
		// a worker's every console line, its first included, starts with its time
		assertThat(this.processes.console("worker").lines()).isNotEmpty()
			.allMatch((line) -> line.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d \\S.*"));
	}

	private void assertEveryWorkbookReported() throws Exception {
		JsonNode summary = JsonMapper.builder().build().readTree(this.output.resolve("run-summary.json").toFile());
		assertThat(summary).hasSize(workbooks());
		summary.forEach((entry) -> assertThat(entry.get("status").asString()).isEqualTo("reported"));
		try (Stream<Path> files = Files.walk(this.output)) {
			List<String> names = files.map((file) -> this.output.relativize(file).toString()).toList();
			assertThat(names.stream().filter((name) -> name.endsWith("report.pdf"))).hasSize(workbooks());
		}
	}

	/** {@code run} on this test's folders and database, with {@code options}. */
	private List<String> run(String... options) {
		List<String> run = new ArrayList<>(
				List.of("run", "--input", this.input.toString(), "--output", this.output.toString()));
		run.addAll(List.of(options));
		run.addAll(this.database);
		return run;
	}

	private static int workbooks() {
		return CLIENTS * WAVES;
	}

}
