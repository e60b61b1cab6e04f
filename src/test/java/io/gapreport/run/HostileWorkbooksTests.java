package io.gapreport.run;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.gapreport.cli.GapReportCli;
import io.gapreport.testing.ExportWorkbooks;
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

	@Test
	void anExportOutsideTheInputFolderIsNeverRead() throws Exception {
		Path outside = Files.createDirectories(this.folder.resolve("elsewhere"));
		Path secret = export(outside.resolve("secret.csv"), "hunter2");
		export(this.input.resolve("inside.csv"), "inside-value");
		Files.createSymbolicLink(this.input.resolve("link.csv"), secret);
		workbook(this.input.resolve("a-absolute.xlsx"), secret.toString());
		workbook(this.input.resolve("b-climbing/b.xlsx"), "../../elsewhere/secret.csv");
		workbook(this.input.resolve("c-link.xlsx"), "link.csv");
		workbook(this.input.resolve("d-inside/d.xlsx"), "../inside.csv");
		// naming another workbook as an export outside the rules hides it from no run
		workbook(this.input.resolve("e-hiding.xlsx"),
				this.input.resolve("d-inside/d.xlsx").toAbsolutePath().toString());
		// d is this client's wave now
		Files.delete(this.input.resolve("example-small.xlsx"));
		assertThat(run()).isEqualTo(1);
		String cell = "Engagement!B" + responsesRow(this.input.resolve("c-link.xlsx")) + ": responses \"";
		assertThat(message("a-absolute.xlsx")).isEqualTo(cell + secret + "\" is an absolute path: name the export"
				+ " relative to the workbook's folder, inside the input folder (e.g. exports/wave3.csv)");
		assertThat(message("b-climbing/b.xlsx")).isEqualTo(cell
				+ "../../elsewhere/secret.csv\" lies outside the input folder: not read (put the export inside the input"
				+ " folder)");
		assertThat(message("c-link.xlsx")).isEqualTo(cell
				+ "link.csv\" is a link to a file outside the input folder: not read (copy the export into the input"
				+ " folder)");
		assertThat(status("d-inside/d.xlsx")).as("an export inside the input folder is read").isEqualTo("reported");
		assertThat(message("e-hiding.xlsx")).contains("is an absolute path");
		assertThat(Files.readString(this.output.resolve("example-cafe/2026-w1/rejected.csv"))).contains("inside-value");
		assertThat(validate()).isEqualTo(1);
		assertThat(this.out.toString()).contains("  error: " + cell + "link.csv\" is a link")
			.contains("  error: " + cell + "../../elsewhere/secret.csv\" lies outside")
			.doesNotContain("hunter2");
		try (Stream<Path> files = Files.walk(this.output)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				assertThat(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1)).as(file.toString())
					.doesNotContain("hunter2");
			}
		}
	}

	@Test
	void terminalEscapeSequencesFromAWorkbookAreShownEscaped() throws Exception {
		// Excel keeps a control character in a cell as _x001B_
		StreamedWorkbook.survey()
			.sheet("Items",
					StreamedWorkbook.rows(new String[][] { { "code", "text", "level" },
							{ "A1", "Right first time?", "_x001B_[31macuracy_x001B_[0m" },
							{ "V1", "Easy to reach?", "availability" } }))
			.write(this.input.resolve("escapes.xlsx"));
		Path log = this.folder.resolve("gap-report.log");
		assertThat(run("--logging.file.name=" + log)).isEqualTo(1);
		assertThat(validate()).isEqualTo(1);
		String escaped = "\\u001b[31macuracy\\u001b[0m";
		assertThat(message("escapes.xlsx")).contains("\u001b[31macuracy");
		for (String shown : List.of(this.out.toString(), this.err.toString(), Files.readString(log))) {
			assertThat(shown).doesNotContain("\u001b", "\u009b");
		}
		assertThat(this.out.toString()).contains("Items!C2", escaped);
		assertThat(Files.readString(log)).contains(escaped);
	}

	/** The google-forms fixture export with its first expectation answer replaced. */
	private static Path export(Path file, String value) throws Exception {
		Path fixture = ExportWorkbooks.fixture("google-forms", Files.createTempDirectory(file.getParent(), "fixture"));
		String csv = Files.readString(fixture.resolveSibling("google-forms.csv"));
		String[] lines = csv.split("\n", 3);
		lines[1] = lines[1].replaceFirst("^((?:[^,]*,){6})5,", "$1" + value + ",");
		Files.writeString(file, String.join("\n", lines));
		try (Stream<Path> files = Files.walk(fixture.getParent())) {
			for (Path left : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(left);
			}
		}
		return file;
	}

	private static void workbook(Path file, String responses) throws Exception {
		Files.createDirectories(file.getParent());
		ExportWorkbooks.engagement(file, responses, "google-forms", ExportWorkbooks.fixtureMapping("google-forms"));
	}

	/** The row of the Engagement sheet's responses key. */
	private static int responsesRow(Path workbook) throws Exception {
		try (var opened = new org.apache.poi.xssf.usermodel.XSSFWorkbook(workbook.toFile())) {
			for (var row : opened.getSheet("Engagement")) {
				if ("responses".equals(row.getCell(0).getStringCellValue())) {
					return row.getRowNum() + 1;
				}
			}
		}
		throw new AssertionError("no responses key");
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
