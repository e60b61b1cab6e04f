package io.gapreport.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.gapreport.testing.ConsoleLines;
import io.gapreport.testing.Workbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every line every command prints starts with the date and time to the second, in the one
 * form of {@code serve}, {@code worker} and the workers' log lines: its lines of progress
 * and summary, and its error lines of exit codes 1, 2 and 3.
 */
class ConsoleTimestampsTests {

	@TempDir
	Path folder;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	@Test
	void everyLineOfEveryCommandStartsWithItsDateAndTime() throws Exception {
		Path input = this.folder.resolve("input");
		Workbooks.example(input.resolve("cafe.xlsx"), "Café", "2026-Q3", "en", "anna@example.com");
		Workbooks.example(input.resolve("bistro.xlsx"), "Bistro", "2026-Q3", "xx", "");
		String database = "--spring.datasource.url=jdbc:h2:file:" + this.folder.resolve("db/gr");
		List<Integer> exits = new ArrayList<>();
		exits.add(execute("run", "--input", input.toString(), "--output", this.folder.resolve("out").toString(),
				database));
		exits.add(execute("validate", "--input", input.toString()));
		exits.add(execute("template", "--output", this.folder.resolve("template.xlsx").toString()));
		exits.add(execute("sample", "--clients", "1", "--respondents", "10", "--output",
				this.folder.resolve("samples").toString()));
		exits.add(execute("run", "--inptu", "x"));
		exits.add(execute("template", "--output", this.folder.resolve("template.xlsx").toString()));
		exits.add(execute("run", "--input", input.toString(), "--output", this.folder.resolve("out2").toString(),
				"--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/gapreport?user=gr&password=secret"));
		assertThat(exits).containsExactly(1, 1, 0, 0, 2, 2, 3);
		List<String> printed = ConsoleLines.of(this.out);
		assertThat(printed).contains("2 workbook(s) to process", "2 workbook(s) checked, 1 with errors")
			.anyMatch((line) -> line.startsWith("[1/2] "))
			.anyMatch((line) -> line.startsWith("2 workbook(s): 1 reported, 0 unchanged, 1 failed"))
			.anyMatch((line) -> line.startsWith("e-mail: 1 not sent"))
			.anyMatch((line) -> line.startsWith("wrote "));
		List<String> errors = ConsoleLines.of(this.err);
		assertThat(errors).contains("gap-report: unknown option --inptu", "(see: gap-report run --help)")
			.anyMatch((line) -> line.startsWith("gap-report: ") && line.contains("template.xlsx exists"))
			.anyMatch((line) -> line.startsWith("gap-report: the job database jdbc:postgresql://127.0.0.1:1/"));
	}

	@Test
	void theHelpIsPrintedAsItIs() {
		assertThat(execute("run", "--help")).isZero();
		assertThat(this.out.toString()).startsWith("Usage: gap-report run");
	}

	private int execute(String... args) {
		return GapReportCli.execute(new PrintWriter(this.out, true), new PrintWriter(this.err, true), args);
	}

}
