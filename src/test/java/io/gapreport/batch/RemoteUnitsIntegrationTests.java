package io.gapreport.batch;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import io.gapreport.testing.CliProcesses;
import io.gapreport.testing.GreenMailExtension;
import io.gapreport.testing.TestDatabases;
import io.gapreport.testing.TestServices;
import io.gapreport.testing.Workbooks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static io.gapreport.testing.GreenMailExtension.recipient;
import static io.gapreport.testing.GreenMailExtension.subject;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager ({@code run --remote --mail}) and a {@code worker}, real JVMs, against
 * PostgreSQL and RabbitMQ (or embedded ones), report a workbook with units beside one
 * without: the worker writes the unit reports in that client's partition, with the
 * client's report, and the manager mails each unit's report to its managers. The run
 * leaves no message in the queue, and the test leaves neither queue nor schema behind.
 */
class RemoteUnitsIntegrationTests {

	@RegisterExtension
	final GreenMailExtension smtp = new GreenMailExtension();

	@TempDir
	Path folder;

	private final String queue = "gap-report-test-" + UUID.randomUUID();

	private List<String> database = List.of();

	private int rabbitmq;

	@AfterEach
	void cleanUp() throws Exception {
		TestDatabases.dropSchema(this.database);
		if (this.rabbitmq > 0) {
			TestServices.deleteQueue(this.rabbitmq, this.queue);
		}
	}

	@Test
	void aWorkerReportsAClientsUnitsInTheClientsPartition() throws Exception {
		this.rabbitmq = TestServices.rabbitmq();
		Path input = this.folder.resolve("input");
		Path output = this.folder.resolve("output");
		Files.createDirectories(input);
		try (InputStream units = getClass().getResourceAsStream("/golden-units/units-example.xlsx")) {
			Files.copy(units, input.resolve("bank.xlsx"));
		}
		Workbooks.example(input.resolve("plain.xlsx"), "Plain Client", "2026-Q3", "en", "boss@plain.example");
		this.database = TestDatabases.properties("postgresql", this.folder);
		List<String> shared = new ArrayList<>(this.database);
		shared.addAll(List.of("--spring.rabbitmq.host=127.0.0.1", "--spring.rabbitmq.port=" + this.rabbitmq,
				"--gap-report.remote.queue=" + this.queue));
		List<String> worker = new ArrayList<>(List.of("worker", "--threads", "1"));
		worker.addAll(shared);
		List<String> run = new ArrayList<>(
				List.of("run", "--remote", "--mail", "--input", input.toString(), "--output", output.toString()));
		run.addAll(this.smtp.properties());
		run.addAll(shared);

		try (var processes = new CliProcesses(this.folder)) {
			Process reporter = processes.start("worker", worker);
			processes.awaitTrue(() -> processes.console("worker").contains("reporting up to"));
			assertThat(processes.run("manager", run)).as(() -> processes.console("manager")).isZero();
			assertThat(processes.console("manager")).contains("2 workbook(s): 2 reported");

			JsonNode summary = JsonMapper.builder().build().readTree(output.resolve("run-summary.json").toFile());
			JsonNode bank = entry(summary, "bank.xlsx");
			assertThat(bank.get("status").asString()).isEqualTo("reported");
			assertThat(bank.get("worker").get("pid").asLong()).as("reported by the worker").isEqualTo(reporter.pid());
			assertThat(entry(summary, "plain.xlsx").get("worker").get("pid").asLong()).isEqualTo(reporter.pid());
			List<String> files = new ArrayList<>();
			bank.get("files").forEach((file) -> files.add(file.asString()));
			Path client = output.resolve("bank-units/2026-q3");
			assertThat(files).contains("bank-units/2026-q3/report.pdf", "bank-units/2026-q3/scores.json",
					"bank-units/2026-q3/units/krakow-rynek/report.pdf",
					"bank-units/2026-q3/units/krakow-rynek/scores.json", "bank-units/2026-q3/units/gdansk/report.pdf",
					"bank-units/2026-q3/units/gdansk/scores.json");
			files.forEach((file) -> assertThat(output.resolve(file)).isNotEmptyFile());

			JsonNode units = JsonMapper.builder().build().readTree(client.resolve("scores.json").toFile()).get("units");
			List<String> listed = new ArrayList<>();
			units.forEach((unit) -> {
				listed.add(unit.get("unit").asString() + " " + unit.get("suppressed").asBoolean());
				if (unit.has("files")) {
					unit.get("files").forEach((file) -> assertThat(client.resolve(file.asString())).isNotEmptyFile());
				}
			});
			assertThat(listed).containsExactly("Kraków Rynek false", "Poznań true", "Wrocław true", "Gdańsk false");
			assertThat(JsonMapper.builder()
				.build()
				.readTree(client.resolve("units/krakow-rynek/scores.json").toFile())
				.get("unit")
				.get("name")
				.asString()).isEqualTo("Oddział Kraków Rynek");
			try (Stream<Path> folders = Files.list(client.resolve("units"))) {
				assertThat(folders.map((unit) -> unit.getFileName().toString())).as("none for a suppressed unit")
					.containsExactlyInAnyOrder("krakow-rynek", "gdansk");
			}
			try (Stream<Path> written = Files.walk(output)) {
				assertThat(written.map(Path::toString).filter((name) -> name.endsWith(".part"))).isEmpty();
			}

			assertThat(Arrays.stream(this.smtp.received()).map((mail) -> recipient(mail) + " " + subject(mail)))
				.containsExactlyInAnyOrder("head@bank.example Service gap analysis: Bank Units, 2026-Q3",
						"anna@bank.example Service gap analysis: Oddział Kraków Rynek (Bank Units), 2026-Q3",
						"piotr@bank.example Service gap analysis: Oddział Kraków Rynek (Bank Units), 2026-Q3",
						"boss@plain.example Service gap analysis: Plain Client, 2026-Q3");
			assertThat(TestServices.messagesIn(this.rabbitmq, this.queue)).as("no partition request left").hasValue(0);
		}

		cleanUp();
		assertThat(TestServices.messagesIn(this.rabbitmq, this.queue)).as("the queue is gone").isEmpty();
		assertThat(TestDatabases.schemaExists(this.database)).as("the schema is gone").isFalse();
	}

	private static JsonNode entry(JsonNode summary, String path) {
		for (JsonNode entry : summary) {
			if (entry.get("path").asString().equals(path)) {
				return entry;
			}
		}
		throw new AssertionError("no entry for " + path + " in " + summary);
	}

}
