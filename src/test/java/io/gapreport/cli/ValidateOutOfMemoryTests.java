package io.gapreport.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.gapreport.testing.ConsoleLines;
import io.gapreport.testing.StreamedWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code validate} in a JVM of its own with a 32 MB heap: a workbook whose text (15
 * million characters of shared strings, within every limit) needs more memory than that
 * fails alone, as one line, and the next workbook is still checked; a cell of 150,000,000
 * characters is refused within that memory.
 */
class ValidateOutOfMemoryTests {

	@TempDir
	Path folder;

	@Test
	void aWorkbookThatExhaustsMemoryFailsAloneWithoutAStackTrace() throws Exception {
		Path input = Files.createDirectories(this.folder.resolve("input"));
		StreamedWorkbook.survey().sharedStrings((xml) -> {
			for (int i = 0; i < 500; i++) {
				xml.write("<si><t>");
				StreamedWorkbook.letters(xml, 30_000, 100);
				xml.write("</t></si>");
			}
		}).write(input.resolve("a-wordy.xlsx"));
		Files.copy(Path.of(getClass().getResource("/golden/example-small.xlsx").toURI()),
				input.resolve("b-example.xlsx"));
		// 150,000,000 characters in one cell: refused, in 32 MB, as it streams past
		StreamedWorkbook.survey().sheet("Customers", (xml) -> {
			StreamedWorkbook.rows(new String[][] { { "respondent", "E:A1", "P:A1", "E:V1", "P:V1" } }).write(xml);
			xml.write("<row r=\"2\"><c r=\"ZZ2\" t=\"inlineStr\"><is><t>");
			StreamedWorkbook.letters(xml, 150_000_000, 100);
			xml.write("</t></is></c></row>");
		}).write(input.resolve("c-huge-cell.xlsx"));
		Path printed = this.folder.resolve("printed.txt");
		Process validate = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx32m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
				GapReportCli.class.getName(), "validate", "--input", input.toString())
			.redirectErrorStream(true)
			.redirectOutput(printed.toFile())
			.start();
		assertThat(validate.waitFor(300, TimeUnit.SECONDS)).isTrue();
		// its own lines start with their time; the JVM may add some of its own
		List<String> lines = Files.readAllLines(printed, StandardCharsets.UTF_8)
			.stream()
			.map((line) -> ConsoleLines.TIMESTAMP.matcher(line).replaceFirst(""))
			.toList();
		assertThat(validate.exitValue()).as(String.join("\n", lines)).isEqualTo(1);
		assertThat(lines).anyMatch(
				(line) -> line.startsWith("  error: not enough memory to read and report this workbook (the run has "));
		assertThat(lines).anyMatch((line) -> line.startsWith("  OK: "));
		assertThat(lines).contains(
				"  error: cell Customers!ZZ2 holds 150,000,000 characters; the limit is 32,767," + " Excel's own",
				"3 workbook(s) checked, 2 with errors");
		assertThat(String.join("\n", lines)).doesNotContain("\tat ", "Exception", "OutOfMemoryError");
	}

}
