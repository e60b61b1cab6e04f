package io.gapreport.workbook;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.gapreport.testing.ExportWorkbooks;
import io.gapreport.testing.Workbooks;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ExportFolderTests {

	@TempDir
	Path folder;

	@Test
	void anExportThatCannotBeMadeAvailableIsListedWithTheWorkbooksOtherErrors() throws Exception {
		Path workbook = ExportWorkbooks.engagement(this.folder.resolve("cafe.xlsx"), "wave3.csv", "plain", List.of());
		withLanguage(workbook, "klingon");

		WorkbookException failure = catchThrowableOfType(WorkbookException.class,
				() -> SurveyWorkbook.open(workbook, ExportPlace.beside(workbook), (responses) -> {
					throw new WorkbookException(List.of(responses + ": responses file cannot be read: denied"));
				}));

		assertThat(failure.problems()).contains("wave3.csv: responses file cannot be read: denied")
			.anySatisfy((problem) -> assertThat(problem).contains("klingon"));
	}

	private static void withLanguage(Path workbook, String language) throws Exception {
		XSSFWorkbook opened;
		try (InputStream in = Files.newInputStream(workbook)) {
			opened = new XSSFWorkbook(in);
		}
		try (opened; OutputStream out = Files.newOutputStream(workbook)) {
			for (Row row : opened.getSheet("Engagement")) {
				if (row.getCell(0) != null && "language".equals(row.getCell(0).getStringCellValue())) {
					Workbooks.replace(row, 1, language);
				}
			}
			opened.write(out);
		}
	}

}
