package io.gapreport.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.gapreport.survey.Level;
import io.gapreport.survey.Scale;
import io.gapreport.survey.Sector;
import io.gapreport.workbook.Placeholders;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The empty workbook a consultant fills in: every sheet with its headers, one example
 * question per level, placeholders to replace, and Excel data validation in the
 * template's language on the cells people type into. Answer cells follow the scale typed
 * in Engagement B5 and take {@code N/A}, {@code -}, {@code ?} or a blank as "not
 * answered", as the reader does.
 */
public final class TemplateWorkbook {

	/** Rows prepared with data validation below each header. */
	static final int ROWS = 1000;

	/** Items whose answer columns get data validation, beyond the example ones. */
	static final int ITEM_COLUMNS = 100;

	/** The defined names the answer validation reads the scale from. */
	static final String SCALE_MIN = "ScaleMin";

	static final String SCALE_MAX = "ScaleMax";

	private TemplateWorkbook() {
	}

	/**
	 * Writes the template to {@code file}, with {@code language} on the Engagement sheet.
	 */
	public static void write(Path file, String language) throws IOException {
		try (XSSFWorkbook workbook = build(language)) {
			save(workbook, file);
		}
	}

	/** Writes {@code workbook} to a temporary name beside {@code file}, then moves it. */
	static void save(XSSFWorkbook workbook, Path file) throws IOException {
		Path folder = file.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path temporary = folder.resolve("." + file.getFileName() + ".part");
		try {
			try (OutputStream out = Files.newOutputStream(temporary)) {
				workbook.write(out);
			}
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** The template, in memory, for callers that add to it before saving. */
	static XSSFWorkbook build(String language) {
		TemplateWords words = TemplateWords.of(language);
		TemplateUnitWords unitWords = TemplateUnitWords.of(language);
		XSSFWorkbook workbook = new XSSFWorkbook();
		var rows = new SheetRows(workbook);
		Sheet engagement = workbook.createSheet("Engagement");
		Object[][] keys = { { "client", Placeholders.CLIENT.get(language) }, { "wave", "2026-Q3" },
				{ "wave_date", LocalDate.of(2026, 9, 30) }, { "language", language },
				{ "scale", Scale.DEFAULT.toString() }, { "recipients", String.join("; ", Placeholders.RECIPIENTS) },
				{ "consultant", "" }, { "min_group_size", 5 }, { "sector", Sector.OTHER.key() } };
		for (int i = 0; i < keys.length; i++) {
			rows.write(engagement, i, keys[i]);
		}
		engagement.setColumnWidth(0, 18 * 256);
		engagement.setColumnWidth(1, 50 * 256);
		DataValidationHelper engagementHelper = engagement.getDataValidationHelper();
		add(engagement,
				engagementHelper.createValidation(
						engagementHelper.createExplicitListConstraint(Sector.KEYS.toArray(String[]::new)),
						new CellRangeAddressList(keys.length - 1, keys.length - 1, 1, 1)),
				"sector", words.sector());
		name(workbook, SCALE_MIN,
				"IFERROR(VALUE(LEFT(Engagement!$B$5,FIND(\"-\",Engagement!$B$5)-1))," + Scale.DEFAULT.min() + ")");
		name(workbook, SCALE_MAX,
				"IFERROR(VALUE(MID(Engagement!$B$5,FIND(\"-\",Engagement!$B$5)+1,10))," + Scale.DEFAULT.max() + ")");

		Sheet items = workbook.createSheet("Items");
		rows.header(items, List.of("code", "text", "level", "dimension", "weight"));
		List<String> codes = new ArrayList<>();
		for (Level level : Level.values()) {
			String code = QuestionBank.CODES.get(level) + "1";
			codes.add(code);
			rows.write(items, codes.size(), code, QuestionBank.text(level, 0, language), level.key(),
					QuestionBank.DIMENSIONS.get(level), 1);
		}
		items.setColumnWidth(1, 70 * 256);
		list(items, 2, List.of(Level.values()).stream().map(Level::key).toList(), "Level", words.level());
		list(items, 3, List.of("reliability", "responsiveness", "assurance", "empathy", "tangibles"), "Dimension",
				words.dimension());

		Sheet customers = workbook.createSheet("Customers");
		List<String> header = new ArrayList<>(
				List.of("respondent", "date", "segment", "channel", "resolved", "nps", "comment", "unit"));
		codes.forEach((code) -> header.addAll(List.of("E:" + code, "P:" + code)));
		rows.header(customers, header);
		list(customers, 4, words.yes(), "resolved", words.resolved());
		whole(customers, 5, 0, 10, "nps", words.nps());
		text(customers, 7, "unit", unitWords.customer());
		answers(customers, 8, 8 + 2 * ITEM_COLUMNS - 1, "E: / P:", words.customerAnswer() + " " + words.onScale());

		Sheet management = workbook.createSheet("Management");
		List<String> managers = new ArrayList<>(List.of("respondent", "role", "unit"));
		codes.forEach((code) -> managers.addAll(List.of("E:" + code, "P:" + code)));
		rows.header(management, managers);
		text(management, 2, "unit", unitWords.manager());
		answers(management, 3, 3 + 2 * ITEM_COLUMNS - 1, "E: / P:", words.managerAnswer() + " " + words.onScale());

		Sheet standards = workbook.createSheet("Standards");
		rows.header(standards, List.of("code", "standard", "promised"));
		for (int i = 0; i < codes.size(); i++) {
			rows.write(standards, i + 1, codes.get(i));
		}
		answers(standards, 1, 2, "standard / promised", words.standard() + " " + words.onScale());

		Sheet audits = workbook.createSheet("Audits");
		List<String> visits = new ArrayList<>(List.of("visit", "date", "location", "unit"));
		codes.forEach((code) -> visits.add("D:" + code));
		rows.header(audits, visits);
		text(audits, 3, "unit", unitWords.audit());
		answers(audits, 4, 4 + ITEM_COLUMNS - 1, "D:", words.delivered() + " " + words.onScale());

		Sheet benchmarks = workbook.createSheet("Benchmarks");
		rows.header(benchmarks, List.of("channel", "best", "rest"));
		SampleVoice.themes(workbook, rows, language);

		Sheet units = workbook.createSheet("Units");
		rows.header(units, List.of("unit", "name", "recipients"));
		text(units, 0, "unit", unitWords.unit());
		text(units, 1, "name", unitWords.name());
		text(units, 2, "recipients", unitWords.recipients());
		units.setColumnWidth(0, 24 * 256);
		units.setColumnWidth(1, 32 * 256);
		units.setColumnWidth(2, 50 * 256);
		return workbook;
	}

	private static void name(XSSFWorkbook workbook, String name, String formula) {
		Name defined = workbook.createName();
		defined.setNameName(name);
		defined.setRefersToFormula(formula);
	}

	/**
	 * Answer cells: a number on the scale of Engagement B5, or what the reader takes as
	 * "not answered" (N/A, -, ?, blank).
	 */
	private static void answers(Sheet sheet, int firstColumn, int lastColumn, String title, String prompt) {
		String cell = CellReference.convertNumToColString(firstColumn) + "2";
		String formula = "OR(AND(ISNUMBER(" + cell + ")," + cell + ">=" + SCALE_MIN + "," + cell + "<=" + SCALE_MAX
				+ "),UPPER(TRIM(" + cell + "))=\"N/A\",TRIM(" + cell + ")=\"-\",TRIM(" + cell + ")=\"?\")";
		DataValidationHelper helper = sheet.getDataValidationHelper();
		add(sheet, helper.createValidation(helper.createCustomConstraint(formula),
				new CellRangeAddressList(1, ROWS, firstColumn, lastColumn)), title, prompt);
	}

	/** A text column with a prompt (any text up to 1000 characters). */
	private static void text(Sheet sheet, int column, String title, String prompt) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidationConstraint constraint = helper
			.createTextLengthConstraint(DataValidationConstraint.OperatorType.LESS_OR_EQUAL, "1000", null);
		add(sheet, helper.createValidation(constraint, new CellRangeAddressList(1, ROWS, column, column)), title,
				prompt);
	}

	private static void whole(Sheet sheet, int column, int min, int max, String title, String prompt) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidationConstraint constraint = helper.createIntegerConstraint(
				DataValidationConstraint.OperatorType.BETWEEN, String.valueOf(min), String.valueOf(max));
		add(sheet, helper.createValidation(constraint, new CellRangeAddressList(1, ROWS, column, column)), title,
				prompt);
	}

	private static void list(Sheet sheet, int column, List<String> values, String title, String prompt) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidationConstraint constraint = helper.createExplicitListConstraint(values.toArray(String[]::new));
		add(sheet, helper.createValidation(constraint, new CellRangeAddressList(1, ROWS, column, column)), title,
				prompt);
	}

	private static void add(Sheet sheet, DataValidation validation, String title, String prompt) {
		validation.setEmptyCellAllowed(true);
		validation.setShowErrorBox(true);
		validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
		validation.createErrorBox(title, prompt);
		validation.setShowPromptBox(true);
		validation.createPromptBox(title, prompt);
		sheet.addValidationData(validation);
	}

}
