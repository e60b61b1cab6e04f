package io.gapreport.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Engagement workbooks that take their customers' answers from an export: the spec's
 * worked example with its Customers sheet replaced by a Mapping sheet and the
 * {@code responses} keys. The export fixtures are in {@code src/test/resources/exports}.
 */
public final class ExportWorkbooks {

	private ExportWorkbooks() {
	}

	/**
	 * Copies the fixture export of {@code tool} into {@code folder} and writes its
	 * engagement workbook beside it.
	 * @return the engagement workbook
	 */
	public static Path fixture(String tool, Path folder) throws IOException {
		Files.createDirectories(folder);
		try (InputStream in = resource("/exports/" + tool + "/export.csv")) {
			Files.copy(in, folder.resolve(tool + ".csv"));
		}
		return engagement(folder.resolve(tool + "-engagement.xlsx"), tool + ".csv", tool, fixtureMapping(tool));
	}

	/** The Mapping rows (column, field, values) of a fixture export. */
	public static List<String[]> fixtureMapping(String tool) throws IOException {
		List<String[]> rows = new ArrayList<>();
		try (InputStream in = resource("/exports/" + tool + "/mapping.csv");
				Reader reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.parse(reader, CSVFormat.RFC4180)) {
			for (CSVRecord record : parser) {
				if (record.getRecordNumber() > 1) {
					rows.add(record.values());
				}
			}
		}
		return rows;
	}

	/**
	 * Writes the worked example to {@code file} with its answers taken from
	 * {@code responses} through {@code mapping} (rows of column, field, values) instead
	 * of its Customers sheet.
	 */
	public static Path engagement(Path file, String responses, String format, List<String[]> mapping)
			throws IOException {
		try (InputStream in = resource("/golden/example-small.xlsx"); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			workbook.removeSheetAt(workbook.getSheetIndex("Customers"));
			Sheet engagement = workbook.getSheet("Engagement");
			put(engagement, "responses", responses);
			put(engagement, "responses_format", format);
			Sheet sheet = workbook.createSheet("Mapping");
			write(sheet.createRow(0), new String[] { "column", "field", "values" });
			for (int i = 0; i < mapping.size(); i++) {
				write(sheet.createRow(i + 1), mapping.get(i));
			}
			save(workbook, file);
		}
		return file;
	}

	/**
	 * Writes the worked example with {@code blankIds} more Customers rows whose id is
	 * blank (rejected like an export's preview or spam responses).
	 */
	public static Path exampleWithRejectedRows(Path file, int blankIds) throws IOException {
		try (InputStream in = resource("/golden/example-small.xlsx"); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet customers = workbook.getSheet("Customers");
			for (int i = 0; i < blankIds; i++) {
				Row row = customers.createRow(customers.getLastRowNum() + 1);
				row.createCell(1).setCellValue("Retail");
				row.createCell(5).setCellValue(5);
			}
			save(workbook, file);
		}
		return file;
	}

	/** Writes the worked example's Customers sheet alone, as a plain .xlsx export. */
	public static Path customersAsExport(Path file) throws IOException {
		try (InputStream in = resource("/golden/example-small.xlsx"); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			for (int i = workbook.getNumberOfSheets() - 1; i >= 0; i--) {
				if (!workbook.getSheetName(i).equals("Customers")) {
					workbook.removeSheetAt(i);
				}
			}
			workbook.setSheetName(0, "Responses");
			save(workbook, file);
		}
		return file;
	}

	private static void put(Sheet sheet, String key, String value) {
		Row row = sheet.createRow(sheet.getLastRowNum() + 1);
		row.createCell(0).setCellValue(key);
		row.createCell(1).setCellValue(value);
	}

	private static void write(Row row, String[] cells) {
		for (int column = 0; column < cells.length; column++) {
			if (!cells[column].isEmpty()) {
				row.createCell(column).setCellValue(cells[column]);
			}
		}
	}

	private static void save(XSSFWorkbook workbook, Path file) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		try (OutputStream out = Files.newOutputStream(file)) {
			workbook.write(out);
		}
	}

	private static InputStream resource(String name) {
		InputStream in = ExportWorkbooks.class.getResourceAsStream(name);
		if (in == null) {
			throw new IllegalArgumentException("no test resource " + name);
		}
		return in;
	}

}
