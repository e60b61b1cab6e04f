package io.gapreport.sample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.gapreport.workbook.SurveyWorkbook;
import io.gapreport.workbook.WorkbookException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The template workbook: every sheet and an example question per level, data validation
 * that helps rather than refuses (following the scale, taking N/A and blanks), prompts in
 * the template's language, and placeholders that keep an unedited template from being
 * reported.
 */
class TemplateWorkbookTests {

	@TempDir
	Path folder;

	@Test
	void templateHasEverySheetAndAnExampleQuestionPerLevel() throws Exception {
		try (XSSFWorkbook workbook = TemplateWorkbook.build("pl")) {
			assertThat(List.of("Engagement", "Items", "Customers", "Management", "Standards", "Audits", "Benchmarks",
					"Themes"))
				.allSatisfy((name) -> assertThat(workbook.getSheet(name)).as(name).isNotNull());
			var items = workbook.getSheet("Items");
			assertThat(items.getLastRowNum()).isEqualTo(4);
			assertThat(items.getRow(1).getCell(2).getStringCellValue()).isEqualTo("accuracy");
			assertThat(items.getRow(4).getCell(2).getStringCellValue()).isEqualTo("advice");
			assertThat(workbook.getSheet("Engagement").getRow(3).getCell(1).getStringCellValue()).isEqualTo("pl");
			// example themes with keywords in the template's language
			assertThat(workbook.getSheet("Themes").getRow(1).getCell(0).getStringCellValue())
				.isEqualTo("Czas oczekiwania");
			assertThat(workbook.getSheet("Themes").getRow(1).getCell(1).getStringCellValue()).contains("kolej*");
			assertThat(items.getDataValidations())
				.anySatisfy((validation) -> assertThat(validation.getValidationConstraint().getExplicitListValues())
					.contains("accuracy", "advice"));
		}
	}

	@Test
	void everyAnswerColumnOfEveryRowIsValidatedNotOnlyTheExampleItems() throws Exception {
		try (XSSFWorkbook workbook = TemplateWorkbook.build("en")) {
			DataValidation answers = validation(workbook, "Customers", "I2");
			CellRangeAddress range = answers.getRegions().getCellRangeAddress(0);
			assertThat(range.getFirstColumn()).isEqualTo(8);
			assertThat(range.getLastColumn()).isEqualTo(8 + 2 * TemplateWorkbook.ITEM_COLUMNS - 1);
			assertThat(range.getLastRow()).isEqualTo(TemplateWorkbook.ROWS);
			assertThat(answers.getEmptyCellAllowed()).isTrue();
			assertThat(validation(workbook, "Management", "D2")).isNotNull();
			assertThat(validation(workbook, "Audits", "E2")).isNotNull();
			assertThat(validation(workbook, "Standards", "B2")).isNotNull();
		}
	}

	@Test
	void answerValidationFollowsTheScaleAndTakesNotAnsweredAsTheReaderDoes() throws Exception {
		try (XSSFWorkbook workbook = TemplateWorkbook.build("en")) {
			String formula = validation(workbook, "Customers", "I2").getValidationConstraint().getFormula1();
			assertThat(accepts(workbook, formula, 7.0)).isTrue();
			assertThat(accepts(workbook, formula, 8.0)).isFalse();
			assertThat(accepts(workbook, formula, "N/A")).isTrue();
			assertThat(accepts(workbook, formula, "n/a ")).isTrue();
			assertThat(accepts(workbook, formula, "-")).isTrue();
			assertThat(accepts(workbook, formula, "seven")).isFalse();
			workbook.getSheet("Engagement").getRow(4).getCell(1).setCellValue("1-10");
			assertThat(accepts(workbook, formula, 8.0)).isTrue();
			assertThat(accepts(workbook, formula, 11.0)).isFalse();
		}
	}

	@Test
	void promptsAndYesNoWordsAreInTheTemplatesLanguage() throws Exception {
		try (XSSFWorkbook workbook = TemplateWorkbook.build("pl")) {
			DataValidation resolved = validation(workbook, "Customers", "E2");
			assertThat(resolved.getValidationConstraint().getExplicitListValues()).startsWith("tak", "nie");
			assertThat(resolved.getPromptBoxText()).contains("pierwszym kontakcie");
			assertThat(validation(workbook, "Customers", "I2").getPromptBoxText()).contains("N/A", "Engagement B5");
			assertThat(workbook.getSheet("Engagement").getRow(0).getCell(1).getStringCellValue())
				.isEqualTo("Nazwa klienta, jak ma być wydrukowana w raporcie");
		}
		try (XSSFWorkbook workbook = TemplateWorkbook.build("ru")) {
			assertThat(validation(workbook, "Customers", "E2").getValidationConstraint().getExplicitListValues())
				.startsWith("да", "нет");
		}
	}

	@Test
	void theUnitColumnsAndTheUnitsSheetExplainThemselvesInTheTemplatesLanguage() throws Exception {
		Map<String, String> words = Map.of("en", "the unit", "pl", "jednostk", "cs", "jednotk", "ru", "подразделени");
		for (String language : List.of("en", "pl", "cs", "ru")) {
			try (XSSFWorkbook workbook = TemplateWorkbook.build(language)) {
				assertThat(workbook.getSheet("Customers").getRow(0).getCell(7).getStringCellValue()).isEqualTo("unit");
				assertThat(workbook.getSheet("Management").getRow(0).getCell(2).getStringCellValue()).isEqualTo("unit");
				assertThat(workbook.getSheet("Audits").getRow(0).getCell(3).getStringCellValue()).isEqualTo("unit");
				var units = workbook.getSheet("Units").getRow(0);
				assertThat(List.of(units.getCell(0), units.getCell(1), units.getCell(2)))
					.extracting(Cell::getStringCellValue)
					.containsExactly("unit", "name", "recipients");
				for (String[] cell : new String[][] { { "Customers", "H2" }, { "Management", "C2" }, { "Audits", "D2" },
						{ "Units", "A2" } }) {
					assertThat(validation(workbook, cell[0], cell[1]).getPromptBoxText()).as(language + " " + cell[0])
						.containsIgnoringCase(words.get(language));
				}
				assertThat(validation(workbook, "Units", "C2").getPromptBoxText()).contains(";");
			}
		}
	}

	@Test
	void theSectorIsAListOfTheSectorsWithAPromptInTheTemplatesLanguage() throws Exception {
		for (String language : List.of("en", "pl", "cs", "ru")) {
			try (XSSFWorkbook workbook = TemplateWorkbook.build(language)) {
				var sheet = workbook.getSheet("Engagement");
				assertThat(sheet.getRow(8).getCell(0).getStringCellValue()).isEqualTo("sector");
				assertThat(sheet.getRow(8).getCell(1).getStringCellValue()).isEqualTo("other");
				DataValidation sector = validation(workbook, "Engagement", "B9");
				assertThat(sector.getValidationConstraint().getExplicitListValues()).containsExactly("banking",
						"retail", "hospitality", "logistics", "telecom", "public", "other");
				assertThat(sector.getPromptBoxText()).contains("banking", "hospitality", "other");
			}
		}
		try (XSSFWorkbook workbook = TemplateWorkbook.build("pl")) {
			assertThat(validation(workbook, "Engagement", "B9").getPromptBoxText()).contains("Sektor klienta");
		}
	}

	@Test
	void anUneditedTemplateIsAWorkbookErrorNamingEveryPlaceholderCellAtOnce() throws Exception {
		Path file = this.folder.resolve("template.xlsx");
		TemplateWorkbook.write(file, "cs");
		WorkbookException ex = catchThrowableOfType(WorkbookException.class, () -> SurveyWorkbook.open(file).close());
		assertThat(ex.problems()).hasSize(2);
		assertThat(ex.problems().get(0)).startsWith("Engagement!B1: client \"Název klienta")
			.contains("placeholder", "has not been filled in");
		assertThat(ex.problems().get(1)).isEqualTo("Engagement!B6: recipients"
				+ " first.recipient@example.com, second.recipient@example.com are the template's "
				+ "placeholders: type the real addresses, or leave recipients blank");
		assertThat(Files.list(this.folder)).containsExactly(file);
	}

	private static DataValidation validation(XSSFWorkbook workbook, String sheet, String cell) {
		var reference = new org.apache.poi.ss.util.CellReference(cell);
		return workbook.getSheet(sheet)
			.getDataValidations()
			.stream()
			.filter((validation) -> List.of(validation.getRegions().getCellRangeAddresses())
				.stream()
				.anyMatch((range) -> range.isInRange(reference.getRow(), reference.getCol())))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * Evaluates the validation formula as Excel would for Customers!I2 holding
	 * {@code value}.
	 */
	private static boolean accepts(XSSFWorkbook workbook, String formula, Object value) {
		var sheet = workbook.getSheet("Customers");
		var row = (sheet.getRow(1) != null) ? sheet.getRow(1) : sheet.createRow(1);
		Cell answer = row.createCell(8);
		if (value instanceof Double number) {
			answer.setCellValue(number);
		}
		else {
			answer.setCellValue(value.toString());
		}
		Cell check = row.createCell(300);
		check.setCellFormula(formula);
		var evaluator = workbook.getCreationHelper().createFormulaEvaluator();
		evaluator.clearAllCachedResultValues();
		return evaluator.evaluate(check).getBooleanValue();
	}

}
