package io.gapreport.run;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.gapreport.cli.GapReportCli;
import io.gapreport.testing.TestDatabases;
import io.gapreport.testing.Workbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run summary that cannot be written fails the run with one line and its exit code (it
 * used to be logged and lost, exit 0), and the next run on the same folders writes it
 * without reporting again.
 */
class RunSummaryFailureIntegrationTests {

	@TempDir
	Path folder;

	@Test
	void aSummaryThatCannotBeWrittenFailsTheRunAndTheNextRunWritesIt() throws Exception {
		Path input = this.folder.resolve("input");
		Path output = this.folder.resolve("output");
		Workbooks.example(input.resolve("cafe.xlsx"), "Café", "2026-Q3", "en", "anna@example.com");
		// the summary's place is taken by a folder
		Files.createDirectories(output.resolve("run-summary.json/taken"));
		List<String> args = new ArrayList<>(List.of("run", "--input", input.toString(), "--output", output.toString()));
		args.addAll(TestDatabases.properties("h2", this.folder));

		var out = new StringWriter();
		int exit = GapReportCli.execute(new PrintWriter(out, true), new PrintWriter(out, true),
				args.toArray(String[]::new));
		assertThat(exit).as(out.toString()).isEqualTo(2);
		assertThat(out.toString()).contains("run-summary.json").doesNotContain("\tat ").doesNotContain("Exception:");
		assertThat(output.resolve("cafe/2026-q3/report.pdf")).isRegularFile();

		Files.delete(output.resolve("run-summary.json/taken"));
		Files.delete(output.resolve("run-summary.json"));
		out = new StringWriter();
		exit = GapReportCli.execute(new PrintWriter(out, true), new PrintWriter(out, true),
				args.toArray(String[]::new));
		assertThat(exit).as(out.toString()).isZero();
		var summary = JsonMapper.builder().build().readTree(output.resolve("run-summary.json").toFile());
		assertThat(summary).hasSize(1);
		assertThat(summary.get(0).get("status").asString()).as("the failed run is finished, not redone")
			.isEqualTo("reported");
	}

}
