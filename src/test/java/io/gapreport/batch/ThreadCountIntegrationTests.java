package io.gapreport.batch;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.gapreport.cli.GapReportCli;
import io.gapreport.testing.Workbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same workbooks reported on one thread and on two: every {@code scores.json} is the
 * same byte for byte, and so is the run summary but for the seconds each workbook took.
 */
class ThreadCountIntegrationTests {

	@TempDir
	Path folder;

	@Test
	void oneThreadAndTwoThreadsWriteTheSameScoresAndSummary() throws Exception {
		Path input = this.folder.resolve("input");
		Workbooks.example(input.resolve("acme-q3.xlsx"), "Acme", "2026-Q3", "en", "a@example.com");
		Workbooks.example(input.resolve("acme-q2.xlsx"), "Acme", "2026-Q2", "en", "a@example.com");
		Workbooks.example(input.resolve("bistro.xlsx"), "Bistro", "2026-Q3", "pl", "b@example.com");
		Workbooks.example(input.resolve("cafe.xlsx"), "Café", "2026-Q3", "cs", "");
		Files.writeString(input.resolve("notes.xlsx"), "not a workbook");

		Path one = run(input, 1);
		Path two = run(input, 2);

		List<Path> scores = scoresFiles(one);
		assertThat(scores).hasSize(4);
		assertThat(scoresFiles(two)).isEqualTo(scores);
		for (Path file : scores) {
			assertThat(Files.readAllBytes(two.resolve(file))).as(file.toString())
				.isEqualTo(Files.readAllBytes(one.resolve(file)));
		}
		JsonNode summary = withoutSeconds(one);
		assertThat(summary).hasSize(5);
		assertThat(withoutSeconds(two)).isEqualTo(summary);
		assertThat(Files.readString(one.resolve("acme/2026-q3/scores.json"))).contains("\"wave\" : \"2026-Q2\"");
	}

	private Path run(Path input, int threads) {
		Path output = this.folder.resolve("output-" + threads);
		var out = new StringWriter();
		int exit = GapReportCli.execute(new PrintWriter(out, true), new PrintWriter(out, true), "run", "--input",
				input.toString(), "--output", output.toString(), "--threads", String.valueOf(threads),
				"--spring.datasource.url=jdbc:h2:file:" + this.folder.resolve("db-" + threads + "/gap-report"));
		assertThat(exit).as(out::toString).isEqualTo(GapReportCli.WORKBOOK_FAILED);
		assertThat(out.toString()).contains("5 workbook(s): 4 reported, 0 unchanged, 1 failed");
		return output;
	}

	private static List<Path> scoresFiles(Path output) throws IOException {
		try (Stream<Path> files = Files.walk(output)) {
			return files.filter((file) -> file.getFileName().toString().equals("scores.json"))
				.map(output::relativize)
				.sorted()
				.toList();
		}
	}

	private static JsonNode withoutSeconds(Path output) {
		JsonNode summary = JsonMapper.builder().build().readTree(output.resolve("run-summary.json").toFile());
		summary.forEach((entry) -> ((ObjectNode) entry).remove("seconds"));
		return summary;
	}

}
