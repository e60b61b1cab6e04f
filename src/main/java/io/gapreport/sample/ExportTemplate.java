package io.gapreport.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import io.gapreport.workbook.ExportColumn;
import io.gapreport.workbook.ExportFormat;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The engagement workbook a consultant starts from when the customers' answers are in a
 * survey tool's export: the template's sheets without Customers, the Engagement sheet
 * pointing at the export, and a Mapping sheet listing every column of the export with the
 * obvious fields filled in.
 */
public final class ExportTemplate {

	private ExportTemplate() {
	}

	/**
	 * Writes the engagement workbook to {@code file}.
	 * @param file the workbook to write
	 * @param language the report language
	 * @param export the export file; the workbook names it relative to its own folder
	 * @param format the survey tool that wrote it
	 * @param columns the export's columns, as {@link ExportColumn#read} gives them
	 */
	public static void write(Path file, String language, Path export, ExportFormat format, List<ExportColumn> columns)
			throws IOException {
		try (XSSFWorkbook workbook = TemplateWorkbook.build(language)) {
			workbook.removeSheetAt(workbook.getSheetIndex("Customers"));
			var rows = new SheetRows(workbook);
			Sheet engagement = workbook.getSheet("Engagement");
			Path folder = file.toAbsolutePath().getParent();
			String responses = folder.relativize(export.toAbsolutePath()).toString().replace('\\', '/');
			rows.write(engagement, engagement.getLastRowNum() + 1, "responses", responses);
			rows.write(engagement, engagement.getLastRowNum() + 1, "responses_format", format.key());

			Sheet mapping = workbook.createSheet("Mapping");
			workbook.setSheetOrder("Mapping", 2);
			rows.header(mapping, List.of("column", "field", "values", "question", "first answer"));
			for (int i = 0; i < columns.size(); i++) {
				ExportColumn column = columns.get(i);
				rows.write(mapping, i + 1, column.name(), column.field().isEmpty() ? null : column.field(), null,
						column.question().equals(column.name()) ? null : column.question(), column.example());
			}
			int[] widths = { 40, 16, 50, 60, 24 };
			for (int i = 0; i < widths.length; i++) {
				mapping.setColumnWidth(i, widths[i] * 256);
			}
			workbook.setActiveSheet(2);
			TemplateWorkbook.save(workbook, file);
		}
	}

}
