package io.gapreport.sample;

import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes rows of plain values (text, numbers, dates; null leaves a cell empty) into a
 * sheet.
 */
final class SheetRows {

	private final CellStyle date;

	private final CellStyle header;

	SheetRows(Workbook workbook) {
		this.date = workbook.createCellStyle();
		this.date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
		this.header = workbook.createCellStyle();
		var bold = workbook.createFont();
		bold.setBold(true);
		this.header.setFont(bold);
	}

	void header(Sheet sheet, List<String> names) {
		Row row = write(sheet, 0, names.toArray());
		row.forEach((cell) -> cell.setCellStyle(this.header));
		sheet.createFreezePane(0, 1);
	}

	Row write(Sheet sheet, int index, Object... values) {
		Row row = sheet.createRow(index);
		for (int column = 0; column < values.length; column++) {
			Object value = values[column];
			if (value == null) {
				continue;
			}
			var cell = row.createCell(column);
			if (value instanceof Number number) {
				cell.setCellValue(number.doubleValue());
			}
			else if (value instanceof LocalDate day) {
				cell.setCellValue(day);
				cell.setCellStyle(this.date);
			}
			else {
				cell.setCellValue(value.toString());
			}
		}
		return row;
	}

}
