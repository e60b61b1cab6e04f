package io.gapreport.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds small survey workbooks for tests: a valid one by default (scale 1-5, items A1
 * and V1, three customers), whose sheets a test replaces or removes.
 */
final class TestWorkbook {

	private final Map<String, List<Object[]>> sheets = new LinkedHashMap<>();

	static TestWorkbook valid() {
		return new TestWorkbook()
			.sheet("Engagement", row("client", "Acme"), row("wave", "2026-Q1"), row("scale", "1-5"))
			.sheet("Items", row("code", "text", "level"), row("A1", "Right first time?", "accuracy"),
					row("V1", "Easy to reach?", "availability"))
			.sheet("Customers",
					row("respondent", "segment", "channel", "resolved", "nps", "E:A1", "P:A1", "E:V1", "P:V1"),
					row("c1", "Retail", "phone", "yes", 9, 5, 4, 4, 3),
					row("c2", "Retail", "chat", "no", 6, 4, 4, 5, 2),
					row("c3", "Business", "E-mail", "y", 10, 3, 5, 4, 4));
	}

	static Object[] row(Object... cells) {
		return cells;
	}

	TestWorkbook sheet(String name, Object[]... rows) {
		this.sheets.put(name, new ArrayList<>(List.of(rows)));
		return this;
	}

	/** Adds rows to the end of a sheet. */
	TestWorkbook append(String name, Object[]... rows) {
		this.sheets.get(name).addAll(List.of(rows));
		return this;
	}

	TestWorkbook without(String name) {
		this.sheets.remove(name);
		return this;
	}

	/** Writes the workbook to {@code dir}, opens it and streams its rows. */
	RecordingSink streamed(Path dir) throws Exception {
		try (SurveyWorkbook opened = SurveyWorkbook.open(write(dir))) {
			return RecordingSink.streamed(opened);
		}
	}

	/** Writes the workbook to {@code dir} and returns why it cannot be opened. */
	WorkbookException problems(Path dir) throws IOException {
		Path file = write(dir);
		return org.assertj.core.api.Assertions.catchThrowableOfType(WorkbookException.class,
				() -> SurveyWorkbook.open(file).close());
	}

	Path write(Path dir) throws IOException {
		Path file = Files.createTempFile(dir, "survey", ".xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
			for (Map.Entry<String, List<Object[]>> entry : this.sheets.entrySet()) {
				Sheet sheet = workbook.createSheet(entry.getKey());
				int number = 0;
				for (Object[] cells : entry.getValue()) {
					Row row = sheet.createRow(number++);
					for (int column = 0; column < cells.length; column++) {
						write(row, column, cells[column], date);
					}
				}
			}
			workbook.write(out);
		}
		return file;
	}

	private static void write(Row row, int column, Object value, CellStyle date) {
		if (value == null) {
			return;
		}
		Cell cell = row.createCell(column);
		if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else if (value instanceof Boolean bool) {
			cell.setCellValue(bool);
		}
		else if (value instanceof FormulaError error) {
			cell.setCellErrorValue(error.getCode());
		}
		else if (value instanceof LocalDate day) {
			cell.setCellValue(day);
			cell.setCellStyle(date);
		}
		else {
			cell.setCellValue(value.toString());
		}
	}

}
