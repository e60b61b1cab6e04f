package io.gapreport.workbook;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.gapreport.workbook.TestWorkbook.row;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 1,000,000-row export is streamed within the heap the benchmark gives a
 * 200,000-customer workbook ({@code -Xmx256m}): the read runs in a child JVM with that
 * limit and must finish with every row counted.
 */
class LargeExportTests {

	private static final int ROWS = 1_000_000;

	@TempDir
	Path dir;

	@Test
	void aMillionRowExportIsStreamedUnder256MegabytesOfHeap() throws Exception {
		Path export = this.dir.resolve("million.csv");
		try (BufferedWriter out = Files.newBufferedWriter(export, StandardCharsets.UTF_8)) {
			out.write("id;expect right;right;expect reach;reach;comment\n");
			for (int i = 1; i <= ROWS; i++) {
				out.write("R" + i + ";" + (1 + i % 5) + ";" + (1 + (i / 3) % 5) + ";Agree;" + (1 + (i / 7) % 5)
						+ ";\"said, \"\"fine\"\"\"\n");
			}
		}
		Path workbook = TestWorkbook.valid()
			.without("Customers")
			.append("Engagement", row("responses", "million.csv"))
			.sheet("Mapping", row("column", "field", "values"), row("id", "respondent"), row("expect right", "E:A1"),
					row("right", "P:A1"), row("expect reach", "E:V1", "Agree=4"), row("reach", "P:V1"),
					row("comment", "comment"))
			.write(this.dir);
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-cp",
						System.getProperty("java.class.path"), Count.class.getName(), workbook.toString()));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		assertThat(output).contains(ROWS + " customers, 0 problems");
	}

	/** The child JVM: streams a workbook and prints what it counted. */
	static final class Count {

		public static void main(String[] args) throws IOException, WorkbookException {
			var count = new CountingSink();
			try (SurveyWorkbook workbook = SurveyWorkbook.open(Path.of(args[0]))) {
				workbook.stream(count);
			}
			System.out.println(count.customers + " customers, " + count.problems + " problems");
		}

	}

}
