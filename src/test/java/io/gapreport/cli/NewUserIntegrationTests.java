package io.gapreport.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.gapreport.sample.TemplateWorkbook;
import io.gapreport.testing.ConsoleLines;
import io.gapreport.testing.Workbooks;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a new user meets from the README: workbooks that cannot carry a report each end in
 * one clear line with exit 1 and nothing written; {@code validate} fails what {@code run}
 * fails; a missing report file is made again; an unreachable job database is exit 3.
 */
class NewUserIntegrationTests {

	@TempDir
	Path folder;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	@Test
	void theUneditedTemplateAWrongScaleAndAMisspelledSheetEachEndInOneLineExitOneAndNothingWritten() throws Exception {
		Path input = Files.createDirectories(this.folder.resolve("input"));
		TemplateWorkbook.write(input.resolve("template.xlsx"), "en");
		Workbooks.example(input.resolve("ten-point.xlsx"), "Ten Point", "2026-Q3", "en", "");
		edit(input.resolve("ten-point.xlsx"), (workbook) -> {
			// answers typed on 1-10 into a 1-5 workbook
			workbook.getSheet("Customers").forEach((row) -> row.forEach((cell) -> {
				String header = workbook.getSheet("Customers").getRow(0).getCell(cell.getColumnIndex()).toString();
				if (row.getRowNum() > 0 && header.matches("[EP]:.*") && cell.getCellType() == CellType.NUMERIC) {
					cell.setCellValue(cell.getNumericCellValue() * 2);
				}
			}));
		});
		Workbooks.example(input.resolve("misspelled.xlsx"), "Misspelled", "2026-Q3", "en", "");
		edit(input.resolve("misspelled.xlsx"),
				(workbook) -> workbook.setSheetName(workbook.getSheetIndex("Customers"), "Custmers"));
		Path output = this.folder.resolve("output");

		assertThat(execute("validate", "--input", input.toString())).isEqualTo(1);
		assertThat(this.out.toString()).contains("3 workbook(s) checked, 3 with errors");
		assertThat(execute("run", "--input", input.toString(), "--output", output.toString(), database())).isEqualTo(1);
		List<String> failures = ConsoleLines.of(this.out).stream().filter((line) -> line.startsWith("[")).toList();
		assertThat(failures).hasSize(3).allSatisfy((line) -> assertThat(line).contains(": failed"));
		// the template's placeholders all at once, client and recipients
		assertThat(failures).anySatisfy((line) -> assertThat(line).contains("template.xlsx",
				"Engagement!B1: client \"Client name as printed on the report\" is the template's placeholder",
				"; Engagement!B6: recipients first.recipient@example.com, second.recipient@example.com are the "
						+ "template's placeholders"));
		assertThat(failures).filteredOn((line) -> !line.contains("template.xlsx"))
			.allSatisfy((line) -> assertThat(line).doesNotContain("; "));
		assertThat(failures).anySatisfy((line) -> assertThat(line).contains("ten-point.xlsx", "the scale looks wrong",
				"which fits a 1-10 scale"));
		assertThat(failures).anySatisfy((line) -> assertThat(line).contains("misspelled.xlsx",
				"Customers: sheet is missing (did you mean \"Custmers\"?"));
		try (Stream<Path> written = Files.list(output)) {
			assertThat(written.map((file) -> file.getFileName().toString()))
				.containsExactlyInAnyOrder("run-summary.json", "runs");
		}
		assertThat(this.err.toString()).isEmpty();
	}

	@Test
	void validateFailsWhatRunFailsAndAMissingReportFileIsMadeAgain() throws Exception {
		Path input = Files.createDirectories(this.folder.resolve("input"));
		Workbooks.example(input.resolve("a-cafe.xlsx"), "Café", "2026-Q3", "en", "");
		Workbooks.example(input.resolve("b-cafe-copy.xlsx"), "CAFE", "2026-Q3", "en", "");
		Path elsewhere = Workbooks.example(this.folder.resolve("private/salaries.xlsx"), "Secret", "2026-Q3", "en", "");
		Files.createSymbolicLink(input.resolve("link.xlsx"), elsewhere);
		Path output = this.folder.resolve("output");

		assertThat(execute("validate", "--input", input.toString())).isEqualTo(1);
		assertThat(this.out.toString()).contains("same client and wave as a-cafe.xlsx", "outside the input folder")
			.contains("3 workbook(s) checked, 2 with errors");
		assertThat(execute("run", "--input", input.toString(), "--output", output.toString(), database())).isEqualTo(1);
		assertThat(this.out.toString()).contains("b-cafe-copy.xlsx: failed", "link.xlsx: failed",
				"a-cafe.xlsx: reported");
		assertThat(output.resolve("secret")).doesNotExist();

		Files.delete(output.resolve("cafe/2026-q3/report.pdf"));
		assertThat(execute("run", "--input", input.resolve("a-cafe.xlsx").toString(), "--output", output.toString(),
				database()))
			.isZero();
		assertThat(this.out.toString()).contains("a-cafe.xlsx: reported");
		assertThat(output.resolve("cafe/2026-q3/report.pdf")).isRegularFile();
		try (Stream<Path> runs = Files.list(output.resolve("runs"))) {
			assertThat(runs).hasSize(2)
				.allSatisfy((file) -> assertThat(file.getFileName().toString())
					.matches("run-summary-\\d{4}-\\d\\d-\\d\\d_\\d\\d-\\d\\d-\\d\\d(-\\d+)?\\.json"));
		}
		assertThat(Files.readString(output.resolve("run-summary.json"))).doesNotContain("b-cafe-copy");
	}

	@Test
	void anUnreachableJobDatabaseIsExitThreeNamingItsUrlWithoutThePassword() throws Exception {
		Path input = Files.createDirectories(this.folder.resolve("input"));
		assertThat(execute("run", "--input", input.toString(), "--output", this.folder.resolve("output").toString(),
				"--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/gapreport?user=gr&password=secret"))
			.isEqualTo(3);
		assertThat(ConsoleLines.of(this.err)).singleElement()
			.satisfies((line) -> assertThat(line).startsWith(
					"gap-report: the job database jdbc:postgresql://127.0.0.1:1/gapreport?user=gr&password=*** is unreachable:")
				.contains("refused")
				.doesNotContain("secret"));
		assertThat(this.out.toString()).isEmpty();
		assertThat(this.folder.resolve("output")).doesNotExist();
	}

	@Test
	void mailThroughAServerElsewhereNeedsASenderAddress() throws Exception {
		Path input = Files.createDirectories(this.folder.resolve("input"));
		assertThat(execute("run", "--mail", "--input", input.toString(), "--output",
				this.folder.resolve("output").toString(), database(), "--spring.mail.host=smtp.example.com"))
			.isEqualTo(2);
		assertThat(ConsoleLines.text(this.err)).startsWith(
				"gap-report: --mail through smtp.example.com needs a sender address: " + "set gap-report.mail.from");
	}

	private String database() {
		return "--spring.datasource.url=jdbc:h2:file:" + this.folder.resolve("db/gap-report")
				+ ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
	}

	private int execute(String... args) {
		this.out.getBuffer().setLength(0);
		return GapReportCli.execute(new PrintWriter(this.out, true), new PrintWriter(this.err, true), args);
	}

	private static void edit(Path file, java.util.function.Consumer<XSSFWorkbook> change) throws Exception {
		XSSFWorkbook workbook;
		try (InputStream in = Files.newInputStream(file)) {
			workbook = new XSSFWorkbook(in);
		}
		try (workbook; OutputStream out = Files.newOutputStream(file)) {
			change.accept(workbook);
			workbook.write(out);
		}
	}

}
