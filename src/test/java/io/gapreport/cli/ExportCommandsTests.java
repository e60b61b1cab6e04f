package io.gapreport.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import io.gapreport.testing.ConsoleLines;
import io.gapreport.testing.ExportWorkbooks;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code template --responses} and {@code validate} with survey tools' exports. */
class ExportCommandsTests {

	@TempDir
	Path folder;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	@Test
	void templateListsEveryColumnOfTheExportWithTheObviousFieldsGuessed() throws Exception {
		Path export = this.folder.resolve("exports/wave1.csv");
		Files.createDirectories(export.getParent());
		try (InputStream in = getClass().getResourceAsStream("/exports/qualtrics/export.csv")) {
			Files.copy(in, export);
		}
		Path workbook = this.folder.resolve("acme.xlsx");
		assertThat(execute("template", "--responses", export.toString(), "--format", "qualtrics", "--output",
				workbook.toString()))
			.isZero();
		assertThat(this.out.toString()).contains("lists the 25 columns of wave1.csv", "ResponseId is respondent",
				"RecordedDate is date", "Q_NPS is nps");
		try (XSSFWorkbook book = new XSSFWorkbook(workbook.toFile())) {
			assertThat(book.getSheet("Customers")).isNull();
			assertThat(keys(book.getSheet("Engagement"))).containsEntry("responses", "exports/wave1.csv")
				.containsEntry("responses_format", "qualtrics");
			Sheet mapping = book.getSheet("Mapping");
			assertThat(mapping.getLastRowNum()).isEqualTo(25);
			Map<String, String> fields = keys(mapping);
			assertThat(fields).containsEntry("ResponseId", "respondent")
				.containsEntry("Q_NPS", "nps")
				.containsEntry("Q_NPS_NPS_GROUP", "")
				.containsEntry("StartDate", "")
				.containsEntry("Q4_1", "");
			assertThat(new DataFormatter().formatCellValue(mapping.getRow(15).getCell(3)))
				.isEqualTo("What did you expect? - Was your order right?");
		}
		assertThat(execute("validate", "--input", workbook.toString())).isEqualTo(1);
		assertThat(this.out.toString()).contains("error: Mapping: item ACC1 has no E:ACC1 mapping");
	}

	@Test
	void templateRefusesAnUnknownFormatOrAMissingExportAndWritesNothing() {
		Path workbook = this.folder.resolve("acme.xlsx");
		assertThat(execute("template", "--responses", "nowhere.csv", "--output", workbook.toString())).isEqualTo(2);
		assertThat(this.err.toString()).contains("nowhere.csv: responses file not found");
		assertThat(execute("template", "--responses", "x.csv", "--format", "spss", "--output", workbook.toString()))
			.isEqualTo(2);
		assertThat(this.err.toString()).contains("unknown --format spss");
		assertThat(execute("template", "--format", "qualtrics", "--output", workbook.toString())).isEqualTo(2);
		assertThat(this.err.toString()).contains("--format needs --responses FILE");
		assertThat(workbook).doesNotExist();
	}

	@Test
	void validateChecksTheExportAndDoesNotTakeItForAWorkbook() throws Exception {
		ExportWorkbooks.fixture("qualtrics", this.folder);
		ExportWorkbooks.customersAsExport(this.folder.resolve("responses.xlsx"));
		ExportWorkbooks.engagement(this.folder.resolve("plain.xlsx"), "responses.xlsx", "plain",
				ExportWorkbooks.fixtureMapping("qualtrics"));
		assertThat(execute("validate", "--input", this.folder.toString())).isEqualTo(1);
		String printed = this.out.toString();
		assertThat(printed).contains("qualtrics.csv row 4 rejected: Status is Survey Preview",
				"qualtrics.csv!Q4_2 (record 9) \"Rather not say\": not a number",
				"OK: 5 customers, 2 managers, 2 audits; 4 rejected rows, 1 invalid cells",
				"error: Mapping!A2: column \"ResponseId\" is not in the export responses.xlsx",
				"2 workbook(s) checked, 1 with errors");
		assertThat(ConsoleLines.of(printed)).doesNotContain(this.folder.resolve("responses.xlsx").toString())
			.contains(this.folder.resolve("plain.xlsx").toString());
		assertThat(printed).contains("error: responses.xlsx: none of the mapped columns is in the export, whose"
				+ " columns are respondent, segment, channel, resolved, nps, E:A1");
	}

	private static Map<String, String> keys(Sheet sheet) {
		var formatter = new DataFormatter();
		Map<String, String> keys = new LinkedHashMap<>();
		for (Row row : sheet) {
			keys.put(formatter.formatCellValue(row.getCell(0)), formatter.formatCellValue(row.getCell(1)));
		}
		return keys;
	}

	private int execute(String... args) {
		return GapReportCli.execute(new PrintWriter(this.out, true), new PrintWriter(this.err, true), args);
	}

}
