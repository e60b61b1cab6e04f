package io.gapreport.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import io.gapreport.testing.ConsoleLines;
import io.gapreport.testing.Workbooks;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code validate} names every unit error by sheet and cell, as {@code run} would fail on
 * them, and writes nothing: the Units sheet's blank and repeated units and bad
 * recipients, and two units of the Customers sheet that would share a report folder.
 */
class UnitsValidateTests {

	@TempDir
	Path folder;

	@Test
	void validateListsEveryUnitsSheetErrorBySheetAndCell() throws Exception {
		Path workbook = this.folder.resolve("bank.xlsx");
		try (InputStream in = UnitsValidateTests.class.getResourceAsStream("/golden-units/units-example.xlsx");
				XSSFWorkbook book = new XSSFWorkbook(in)) {
			Sheet units = book.getSheet("Units");
			row(units, null, "Nameless", null);
			row(units, " KRAKÓW RYNEK ", null, null);
			row(units, "Gdynia", null, "Anna <anna@bank.example>");
			try (OutputStream out = Files.newOutputStream(workbook)) {
				book.write(out);
			}
		}
		String printed = validate(workbook);
		assertThat(ConsoleLines.of(printed)).anySatisfy((line) -> assertThat(line).contains("Units!A5: unit is blank"))
			.anySatisfy(
					(line) -> assertThat(line).contains("Units!A6: unit \"KRAKÓW RYNEK\" is given twice (also row 2)"))
			.anySatisfy((line) -> assertThat(line).contains("Units!C7: recipient \"Anna <anna@bank.example>\""));
		assertThat(Files.list(this.folder)).containsExactly(workbook);
	}

	@Test
	void validateFindsTwoCustomersUnitsThatWouldShareAReportFolder() throws Exception {
		Path workbook = this.folder.resolve("bank.xlsx");
		try (InputStream in = UnitsValidateTests.class.getResourceAsStream("/golden-units/units-example.xlsx");
				XSSFWorkbook book = new XSSFWorkbook(in)) {
			Sheet customers = book.getSheet("Customers");
			int unit = 0;
			while (!"unit".equals(customers.getRow(0).getCell(unit).getStringCellValue())) {
				unit++;
			}
			Workbooks.replace(customers.getRow(1), unit, "Gdansk");
			try (OutputStream out = Files.newOutputStream(workbook)) {
				book.write(out);
			}
		}
		assertThat(ConsoleLines.of(validate(workbook))).anySatisfy(
				(line) -> assertThat(line).contains("Customers!", "would share the report folder units/gdansk"));
		assertThat(Files.list(this.folder)).containsExactly(workbook);
	}

	/** What {@code validate} printed; it must exit with 1 (a workbook with errors). */
	private static String validate(Path workbook) {
		var out = new StringWriter();
		int exit = GapReportCli.execute(new PrintWriter(out, true), new PrintWriter(out, true), "validate", "--input",
				workbook.toString());
		assertThat(exit).as(out.toString()).isEqualTo(1);
		return out.toString();
	}

	private static void row(Sheet sheet, String unit, String name, String recipients) {
		Row row = sheet.createRow(sheet.getLastRowNum() + 1);
		String[] values = { unit, name, recipients };
		for (int c = 0; c < values.length; c++) {
			if (values[c] != null) {
				row.createCell(c).setCellValue(values[c]);
			}
		}
	}

}
