package io.gapreport.testing;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Variants of the spec's worked example workbook for tests. */
public final class Workbooks {

	private Workbooks() {
	}

	/**
	 * Writes the worked example with another client, wave, language and recipients to
	 * {@code file}.
	 */
	public static Path example(Path file, String client, String wave, String language, String recipients)
			throws Exception {
		Files.createDirectories(file.toAbsolutePath().getParent());
		try (InputStream in = Workbooks.class.getResourceAsStream("/golden/example-small.xlsx");
				XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet engagement = workbook.getSheet("Engagement");
			replace(engagement.getRow(0), 1, client);
			replace(engagement.getRow(1), 1, wave);
			replace(engagement.getRow(2), 1, language);
			Row row = engagement.createRow(engagement.getLastRowNum() + 1);
			row.createCell(0).setCellValue("recipients");
			row.createCell(1).setCellValue(recipients);
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		return file;
	}

	/** Replaces a cell rather than editing it: the example's cells are inline strings. */
	public static void replace(Row row, int column, String value) {
		if (row.getCell(column) != null) {
			row.removeCell(row.getCell(column));
		}
		row.createCell(column).setCellValue(value);
	}

}
