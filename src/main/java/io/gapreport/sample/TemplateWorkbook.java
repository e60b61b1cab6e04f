package io.gapreport.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import io.gapreport.survey.Level;
import io.gapreport.survey.Scale;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The empty workbook a consultant fills in: every sheet with its headers, one example
 * question per level, and Excel data validation on the cells people type answers into
 * (whole numbers on the scale, the level names, yes/no, NPS 0 to 10).
 */
public final class TemplateWorkbook {

	/** Rows prepared with data validation below each header. */
	static final int ROWS = 1000;

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

	/** The template, in memory, for callers that add to it before saving. */
	static XSSFWorkbook build(String language) {
		Scale scale = Scale.DEFAULT;
		XSSFWorkbook workbook = new XSSFWorkbook();
		var rows = new SheetRows(workbook);
		Sheet engagement = workbook.createSheet("Engagement");
		Object[][] keys = { { "client", "Client name as printed on the report" }, { "wave", "2026-Q3" },
				{ "wave_date", java.time.LocalDate.of(2026, 9, 30) }, { "language", language },
				{ "scale", scale.toString() }, { "recipients", "manager@example.com; quality@example.com" },
				{ "consultant", "" }, { "min_group_size", 5 } };
		for (int i = 0; i < keys.length; i++) {
			rows.write(engagement, i, keys[i]);
		}
		engagement.setColumnWidth(0, 18 * 256);
		engagement.setColumnWidth(1, 50 * 256);

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
		list(items, 2, Level.values().length + 1, List.of(Level.values()).stream().map(Level::key).toList(), "Level",
				"accuracy, availability, partnership or advice");
		list(items, 3, Level.values().length + 1,
				List.of("reliability", "responsiveness", "assurance", "empathy", "tangibles"), "Dimension",
				"Optional SERVQUAL dimension");

		Sheet customers = workbook.createSheet("Customers");
		List<String> header = new ArrayList<>(
				List.of("respondent", "date", "segment", "channel", "resolved", "nps", "comment"));
		codes.forEach((code) -> header.addAll(List.of("E:" + code, "P:" + code)));
		rows.header(customers, header);
		list(customers, 4, 1, List.of("yes", "no"), "Resolved", "Was the problem solved at the first contact?");
		whole(customers, 5, 5, 0, 10, "NPS", "How likely to recommend us, 0 to 10");
		whole(customers, 7, header.size() - 1, scale.min(), scale.max(), "Answer",
				"E: what the customer expected; P: what they perceived. " + scale + "; blank or N/A if not answered.");

		Sheet management = workbook.createSheet("Management");
		List<String> managers = new ArrayList<>(List.of("respondent", "role"));
		codes.forEach((code) -> managers.addAll(List.of("E:" + code, "P:" + code)));
		rows.header(management, managers);
		whole(management, 2, managers.size() - 1, scale.min(), scale.max(), "Answer",
				"E: what the manager believes customers expect; P: how the manager believes the firm performs.");

		Sheet standards = workbook.createSheet("Standards");
		rows.header(standards, List.of("code", "standard", "promised"));
		for (int i = 0; i < codes.size(); i++) {
			rows.write(standards, i + 1, codes.get(i));
		}
		whole(standards, 1, 2, scale.min(), scale.max(), "Level",
				"standard: what the written standards require; promised: what advertising and sales promise.");

		Sheet audits = workbook.createSheet("Audits");
		List<String> visits = new ArrayList<>(List.of("visit", "date", "location"));
		codes.forEach((code) -> visits.add("D:" + code));
		rows.header(audits, visits);
		whole(audits, 3, visits.size() - 1, scale.min(), scale.max(), "Delivered",
				"The service level the auditor observed.");

		Sheet benchmarks = workbook.createSheet("Benchmarks");
		rows.header(benchmarks, List.of("channel", "best", "rest"));
		return workbook;
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

	private static void whole(Sheet sheet, int firstColumn, int lastColumn, int min, int max, String title,
			String prompt) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidationConstraint constraint = helper.createIntegerConstraint(
				DataValidationConstraint.OperatorType.BETWEEN, String.valueOf(min), String.valueOf(max));
		add(sheet, helper.createValidation(constraint, new CellRangeAddressList(1, ROWS, firstColumn, lastColumn)),
				title, prompt + " Whole numbers " + min + " to " + max + ".");
	}

	private static void list(Sheet sheet, int column, int firstRow, List<String> values, String title, String prompt) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidationConstraint constraint = helper.createExplicitListConstraint(values.toArray(String[]::new));
		add(sheet, helper.createValidation(constraint, new CellRangeAddressList(firstRow, ROWS, column, column)), title,
				prompt);
	}

	private static void add(Sheet sheet, DataValidation validation, String title, String prompt) {
		validation.setShowErrorBox(true);
		validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
		validation.createErrorBox(title, prompt);
		validation.setShowPromptBox(true);
		validation.createPromptBox(title, prompt.length() > 250 ? prompt.substring(0, 250) : prompt);
		sheet.addValidationData(validation);
	}

}
