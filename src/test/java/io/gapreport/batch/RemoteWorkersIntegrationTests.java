package io.gapreport.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.gapreport.testing.CliProcesses;
import io.gapreport.testing.GreenMailExtension;
import io.gapreport.testing.TestDatabases;
import io.gapreport.testing.TestServices;
import io.gapreport.testing.Workbooks;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager ({@code run --remote --mail}) and two {@code worker} processes, real JVMs,
 * against PostgreSQL and RabbitMQ (or embedded ones): one worker is killed with SIGKILL
 * in the middle of a client, and still every report is written once and every mail sent
 * once, with both workers named in the run summary.
 */
class RemoteWorkersIntegrationTests {

	private static final int CLIENTS = 3;

	private static final int WAVES = 3;

	@RegisterExtension
	final GreenMailExtension smtp = new GreenMailExtension();

	@TempDir
	Path folder;

	private CliProcesses processes;

	private final String queue = "gap-report-test-" + UUID.randomUUID();

	private List<String> database = List.of();

	private int rabbitmq;

	@AfterEach
	void cleanUp() throws Exception {
		if (this.processes != null) {
			this.processes.close();
		}
		TestDatabases.dropSchema(this.database);
		if (this.rabbitmq > 0) {
			TestServices.deleteQueue(this.rabbitmq, this.queue);
		}
	}

	@Test
	void aWorkerKilledMidClientLosesNothingAndNoMailGoesTwice() throws Exception {
		this.processes = new CliProcesses(this.folder);
		this.rabbitmq = TestServices.rabbitmq();
		Path input = this.folder.resolve("input");
		Path output = this.folder.resolve("output");
		for (int client = 1; client <= CLIENTS; client++) {
			for (int wave = 1; wave <= WAVES; wave++) {
				Workbooks.example(input.resolve("client-" + client + "-q" + wave + ".xlsx"), "Client " + client,
						"2026-Q" + wave, "en", "manager" + client + "@example.com");
			}
		}
		this.database = TestDatabases.properties("postgresql", this.folder);
		List<String> shared = new ArrayList<>(this.database);
		shared.addAll(List.of("--spring.rabbitmq.host=127.0.0.1", "--spring.rabbitmq.port=" + this.rabbitmq,
				"--gap-report.remote.queue=" + this.queue));
		// only the manager sends mail: the workers have no SMTP settings
		List<String> workers = new ArrayList<>(List.of("worker", "--threads", "1"));
		workers.addAll(shared);
		// the manager as README shows it, with the SMTP settings it sends with
		List<String> run = new ArrayList<>(
				List.of("run", "--remote", "--mail", "--input", input.toString(), "--output", output.toString()));
		run.addAll(this.smtp.properties());
		run.addAll(shared);

		Process killed = this.processes.start("worker-a", workers);
		Process survivor = this.processes.start("worker-b", workers);
		this.processes.awaitTrue(
				() -> log("worker-a").contains("reporting up to") && log("worker-b").contains("reporting up to"));
		Process manager = this.processes.start("manager", run);
		// two workbooks of the killed worker are committed; it is on the next one
		this.processes.awaitTrue(() -> CliProcesses.reported(log("worker-a")) >= 2);
		killed.destroyForcibly();
		assertThat(killed.waitFor(30, TimeUnit.SECONDS)).isTrue();

		assertThat(manager.waitFor(10, TimeUnit.MINUTES)).as(() -> log("manager")).isTrue();
		assertThat(manager.exitValue()).as(() -> log("manager")).isZero();
		int workbooks = CLIENTS * WAVES;
		assertThat(log("manager")).contains(workbooks + " workbook(s): " + workbooks + " reported");
		MimeMessage[] mail = this.smtp.received();
		assertThat(Arrays.stream(mail).map(GreenMailExtension::subject).distinct()).hasSize(workbooks);
		assertThat(mail).hasSize(workbooks);
		try (Stream<Path> files = Files.walk(output)) {
			List<String> names = files.map((file) -> output.relativize(file).toString()).toList();
			assertThat(names.stream().filter((name) -> name.endsWith("report.pdf"))).hasSize(workbooks);
			assertThat(names.stream().filter((name) -> name.endsWith(".part"))).isEmpty();
		}
		JsonNode summary = JsonMapper.builder().build().readTree(output.resolve("run-summary.json").toFile());
		assertThat(summary).hasSize(workbooks);
		Set<Long> pids = new HashSet<>();
		summary.forEach((entry) -> pids.add(entry.get("worker").get("pid").asLong()));
		assertThat(pids).containsExactlyInAnyOrder(killed.pid(), survivor.pid());
	}

	private String log(String name) {
		return this.processes.console(name);
	}

}
