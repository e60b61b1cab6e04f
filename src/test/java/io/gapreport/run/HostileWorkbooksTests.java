package io.gapreport.run;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.gapreport.cli.GapReportCli;
import io.gapreport.testing.StreamedWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Workbooks built to attack the reader, run and validated beside a good one: each fails
 * alone with one line in the user's words, the good one is reported, and nothing
 * half-written is left.
 */
class HostileWorkbooksTests {

	@TempDir
	Path folder;

	private Path input;

	private Path output;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	@BeforeEach
	void inputFolder() throws Exception {
		this.input = Files.createDirectories(this.folder.resolve("input"));
		this.output = this.folder.resolve("output");
		Files.copy(Path.of(getClass().getResource("/golden/example-small.xlsx").toURI()),
				this.input.resolve("example-small.xlsx"));
	}

	@Test
	void aHugeCellFailsItsWorkbookAloneNamingTheCell() throws Exception {
		StreamedWorkbook.survey().sheet("Customers", (xml) -> {
			StreamedWorkbook.rows(new String[][] { { "respondent", "E:A1", "P:A1", "E:V1", "P:V1" } }).write(xml);
			xml.write("<row r=\"2\"><c r=\"ZZ2\" t=\"inlineStr\"><is><t>");
			StreamedWorkbook.letters(xml, 150_000_000, 100);
			xml.write("</t></is></c></row>");
		}).write(this.input.resolve("huge.xlsx"));
		String line = "cell Customers!ZZ2 holds 150,000,000 characters; the limit is 32,767, Excel's own";
		assertThat(run()).isEqualTo(1);
		assertThat(message("huge.xlsx")).isEqualTo(line);
		assertThat(status("example-small.xlsx")).isEqualTo("reported");
		assertThat(this.out.toString()).contains(line).doesNotContain("\tat ", "Exception");
		assertThat(reportFolders()).containsExactly("example-cafe");
		assertNothingHalfWritten();
		assertThat(validate()).isEqualTo(1);
		assertThat(this.out.toString()).contains("  error: " + line).doesNotContain("\tat ", "Exception");
	}

	@Test
	void aZipBombIsAReadProblemNamingTheFile() throws Exception {
		// a sheet that unpacks a thousand times over: POI's ratio check refuses it
		StreamedWorkbook.survey().sheet("Customers", (xml) -> {
			StreamedWorkbook.rows(new String[][] { { "respondent", "E:A1", "P:A1", "E:V1", "P:V1" } }).write(xml);
			xml.write(" ".repeat(5_000_000));
		}).write(this.input.resolve("bomb.xlsx"));
		StreamedWorkbook.survey()
			.sharedStrings((xml) -> xml.write(" ".repeat(5_000_000)))
			.write(this.input.resolve("strings-bomb.xlsx"));
		assertThat(run()).isEqualTo(1);
		assertThat(message("bomb.xlsx")).isEqualTo(
				"Customers: cannot read the sheet: suspected zip bomb (a part of the file unpacks to more than 100 times its packed size; real workbooks never do)");
		assertThat(message("strings-bomb.xlsx")).isEqualTo(
				"not a readable .xlsx workbook: suspected zip bomb (a part of the file unpacks to more than 100 times its packed size; real workbooks never do)");
		assertThat(this.out.toString()).doesNotContain("ZipSecureFile", "Zip bomb detected", "could not write");
		assertThat(reportFolders()).containsExactly("example-cafe");
		assertNothingHalfWritten();
	}

	private void assertNothingHalfWritten() throws Exception {
		try (Stream<Path> files = Files.walk(this.output)) {
			assertThat(files.filter((file) -> file.toString().endsWith(".part"))).isEmpty();
		}
	}

	private List<String> reportFolders() throws Exception {
		try (Stream<Path> files = Files.list(this.output)) {
			return files.filter(Files::isDirectory)
				.filter((dir) -> !dir.getFileName().toString().equals("runs"))
				.map((dir) -> dir.getFileName().toString())
				.sorted()
				.toList();
		}
	}

	private int run(String... extra) {
		var args = new ArrayList<>(List.of("run", "--input", this.input.toString(), "--output", this.output.toString(),
				"--spring.datasource.url=jdbc:h2:file:" + this.folder.resolve("db/gap-report")));
		args.addAll(List.of(extra));
		return GapReportCli.execute(new PrintWriter(this.out, true), new PrintWriter(this.err, true),
				args.toArray(String[]::new));
	}

	private int validate() {
		return GapReportCli.execute(new PrintWriter(this.out, true), new PrintWriter(this.err, true), "validate",
				"--input", this.input.toString());
	}

	private String status(String path) {
		return entry(path).get("status").asString();
	}

	private String message(String path) {
		return entry(path).get("message").asString();
	}

	private JsonNode entry(String path) {
		JsonNode summary = JsonMapper.builder().build().readTree(this.output.resolve("run-summary.json").toFile());
		for (JsonNode entry : summary) {
			if (entry.get("path").asString().equals(path)) {
				return entry;
			}
		}
		throw new AssertionError("no entry for " + path + " in " + summary);
	}

}
