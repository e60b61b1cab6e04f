package io.gapreport.report;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.gapreport.scoring.ScoreAccumulator;
import io.gapreport.scoring.Scores;
import io.gapreport.survey.InputProblem;
import io.gapreport.workbook.SurveyWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The spec's worked example, optionally with another language, client name and first
 * question.
 */
final class ExampleWorkbooks {

	static final String HOSTILE = "<b>x</b> ${7*7} <#if true>y</#if> & \"q\" &amp;";

	private ExampleWorkbooks() {
	}

	static Path write(Path folder, String language, String client, String firstQuestion) throws Exception {
		Path file = folder.resolve("example-" + language + ".xlsx");
		try (InputStream in = ExampleWorkbooks.class.getResourceAsStream("/golden/example-small.xlsx");
				XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet engagement = workbook.getSheet("Engagement");
			replace(engagement.getRow(0), 1, client);
			replace(engagement.getRow(2), 1, language);
			replace(workbook.getSheet("Items").getRow(1), 1, firstQuestion);
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		return file;
	}

	/**
	 * The worked example in {@code language} with only its customers: no Management,
	 * Standards or Audits sheet.
	 */
	static Path customersOnly(Path folder, String language) throws Exception {
		Path full = write(folder, language, "Customers Only", "Was your order right?");
		Path file = folder.resolve("customers-only-" + language + ".xlsx");
		try (InputStream in = Files.newInputStream(full); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			for (String sheet : List.of("Management", "Standards", "Audits")) {
				workbook.removeSheetAt(workbook.getSheetIndex(sheet));
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		return file;
	}

	/** Replaces a cell rather than editing it: the example's cells are inline strings. */
	private static void replace(Row row, int column, String value) {
		row.removeCell(row.getCell(column));
		row.createCell(column).setCellValue(value);
	}

	/** The scores and the problems of {@code workbook}. */
	static Scored score(Path workbook) throws Exception {
		return score(workbook, List.of());
	}

	/**
	 * The scores and the problems of {@code workbook}, after {@code earlierWaves} of its
	 * client.
	 */
	static Scored score(Path workbook, List<io.gapreport.scoring.TrendPoint> earlierWaves) throws Exception {
		try (SurveyWorkbook opened = SurveyWorkbook.open(workbook)) {
			var accumulator = new ScoreAccumulator(opened.questionnaire(),
					io.gapreport.text.LuceneStems.forLanguage(opened.questionnaire().engagement().language()));
			var problems = new java.util.ArrayList<InputProblem>();
			opened.stream(accumulator.alsoProblems(problems::add));
			return new Scored(accumulator.scores(earlierWaves), List.copyOf(problems));
		}
	}

	record Scored(Scores scores, List<InputProblem> problems) {
	}

}
