package io.gapreport.report;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.gapreport.scoring.UnitScore;
import io.gapreport.scoring.UnitsAccumulator;
import io.gapreport.scoring.WorkbookScores;
import io.gapreport.survey.InputProblem;
import io.gapreport.text.LuceneStems;
import io.gapreport.workbook.SurveyWorkbook;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the sample workbooks' reports (clients' and units') break into pages, read back
 * from the PDF: the report's last lines, how each figure is computed, never alone on a
 * near-empty last page; a short table (segments and channels) never split, and a long one
 * continued under its repeated header row with more than a row or two on its last page.
 */
class PageBreaksTests {

	@TempDir
	Path folder;

	/**
	 * A report as the run writes it: its model, the text of each of its pages, and of
	 * each page's bottom margin.
	 */
	private record Rendered(String name, ReportModel model, List<String> pages, List<String> bottomMargins) {
	}

	/** Where a page's bottom margin begins, in points from its top: A4 less 16 mm. */
	private static final float BOTTOM_MARGIN = (float) (842 - 16 * 72 / 25.4);

	/**
	 * When a section flowed on to the next page, its heading was painted at the foot of
	 * the page before too, clipped and unseen, but there in the text a search or a screen
	 * reader finds ("What to do" at the foot of page 1): a page's bottom margin holds its
	 * page number alone.
	 */
	@ParameterizedTest
	@ValueSource(
			strings = { "acme-logistics-2026-q2.xlsx", "lodz-bank-2026-q2.xlsx", "zlutoucky-kun-s-r-o-2026-q3.xlsx" })
	void aPagesBottomMarginHoldsItsPageNumberAlone(String workbook) throws Exception {
		for (Rendered report : reports(workbook)) {
			List<String> margins = report.bottomMargins();
			for (int page = 0; page < margins.size(); page++) {
				assertThat(margins.get(page)).as("the bottom margin of page %d of %s", page + 1, report.name())
					.matches("\\S+ " + (page + 1) + " \\S+ " + margins.size());
			}
		}
	}

	/**
	 * The Czech client's last page held the last two method lines alone, and Łódź Bank's
	 * unit reports of 2026-Q2 a few lines of the list, its heading on the page before.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "zlutoucky-kun-s-r-o-2026-q3.xlsx", "severnyy-bank-2026-q3.xlsx",
			"acme-logistics-2026-q3.xlsx", "lodz-bank-2026-q2.xlsx" })
	void theLastPageHoldsHowEachFigureIsComputedWholeWithItsHeading(String workbook) throws Exception {
		for (Rendered report : reports(workbook)) {
			// without white space: a line may break anywhere, even before a parenthesis
			String last = unspaced(report.pages().getLast());
			assertThat(last).as("the last page of %s", report.name())
				.contains(unspaced(report.model().t().get("methods.figures")));
			for (String line : report.model().methods().explanations()) {
				assertThat(last).as("the last page of %s", report.name()).contains(unspaced(line));
			}
		}
	}

	/**
	 * Łódź Bank's segments table went on at the top of the next page with its last rows
	 * and no header row, or left its heading alone at the foot of the page before.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "lodz-bank-2026-q2.xlsx", "lodz-bank-2026-q3.xlsx", "zlutoucky-kun-s-r-o-2026-q3.xlsx",
			"severnyy-bank-2026-q3.xlsx", "acme-logistics-2026-q3.xlsx" })
	void aShortSegmentsTableStaysWholeOnThePageOfItsHeading(String workbook) throws Exception {
		for (Rendered report : reports(workbook)) {
			ReportModel.Breakdowns breakdowns = report.model().breakdowns();
			assertThat(breakdowns.measured()).isTrue();
			assertThat(breakdowns.rows()).hasSizeBetween(2, 12);
			int page = pageOf(report.pages(), report.model().t().get("section.breakdowns"));
			assertThat(page).as(report.name()).isNotNegative();
			for (ReportModel.BreakdownRow row : breakdowns.rows()) {
				assertThat(report.pages().get(page)).as("the segments page of %s", report.name())
					.contains(row.by() + " " + row.value() + " " + row.n());
			}
		}
	}

	/**
	 * Forty segments: the table runs over pages, each page of it under its header row,
	 * and its last page holds at least its last three rows.
	 */
	@Test
	void aLongSegmentsTableRepeatsItsHeaderRowAndLeavesNoTinyTail() throws Exception {
		Rendered sample = reports("lodz-bank-2026-q3.xlsx").getFirst();
		ReportModel model = sample.model();
		List<ReportModel.BreakdownRow> rows = new ArrayList<>();
		ReportModel.BreakdownRow first = model.breakdowns().rows().getFirst();
		for (int i = 1; i <= 40; i++) {
			rows.add(new ReportModel.BreakdownRow(first.by(), "S" + (100 + i), String.valueOf(200 + i), false,
					first.levels(), first.overall()));
		}
		ReportModel longer = new ReportModel(model.language(), model.t(), model.header(), model.decision(),
				model.whatToDo(), model.gaps(), model.levels(), model.items(), model.management(), model.ipa(),
				model.nps(), model.fcr(), new ReportModel.Breakdowns(true, model.breakdowns().intro(), rows),
				model.trend(), model.methods(), model.charts(), model.units(), model.themes());
		List<String> pages = PdfText.pages(render(longer));
		String header = model.t().get("breakdowns.col.by") + " " + model.t().get("breakdowns.col.value");
		List<Integer> counts = new ArrayList<>();
		for (String page : pages) {
			int count = 0;
			for (ReportModel.BreakdownRow row : rows) {
				if (page.contains(row.by() + " " + row.value() + " " + row.n())) {
					count++;
				}
			}
			if (count > 0) {
				assertThat(page).as("a page of the table").contains(header);
				counts.add(count);
			}
		}
		assertThat(counts).as("rows per page").hasSizeGreaterThan(1);
		assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(rows.size());
		assertThat(counts.getLast()).as("rows on the table's last page").isGreaterThanOrEqualTo(3);
	}

	/** The client's report and every unit's with a report of its own. */
	private List<Rendered> reports(String workbook) throws Exception {
		try (SurveyWorkbook opened = SurveyWorkbook.open(Path.of("input", workbook))) {
			var accumulator = new UnitsAccumulator(opened.questionnaire(),
					LuceneStems.forLanguage(opened.questionnaire().engagement().language()));
			List<InputProblem> problems = new ArrayList<>();
			opened.stream(accumulator.alsoProblems((problem) -> {
				if (problems.size() < 10) {
					problems.add(problem);
				}
			}));
			WorkbookScores scores = accumulator.scores(List.of(), (unit) -> List.of());
			List<Rendered> reports = new ArrayList<>();
			reports.add(rendered(workbook, scores, problems, null));
			for (UnitScore unit : scores.units()) {
				if (unit.scores() != null) {
					reports.add(rendered(workbook + " · " + unit.unit(), scores, problems, unit));
				}
			}
			return reports;
		}
	}

	private Rendered rendered(String name, WorkbookScores scores, List<InputProblem> problems, @Nullable UnitScore unit)
			throws Exception {
		ReportModel model = PdfReport.packaged()
			.model((unit != null) ? unit.scores() : scores.client(), problems, LocalDate.of(2026, 12, 7), unit,
					(unit != null) ? List.of() : scores.units());
		Path pdf = render(model);
		return new Rendered(name, model, PdfText.pages(pdf), PdfText.below(pdf, BOTTOM_MARGIN));
	}

	private Path render(ReportModel model) throws Exception {
		Path pdf = Files.createTempFile(this.folder, "report", ".pdf");
		try (OutputStream out = Files.newOutputStream(pdf)) {
			PdfReport.packaged().render(model, out);
		}
		return pdf;
	}

	/** The index of the first page whose text holds {@code text}, or -1. */
	private static int pageOf(List<String> pages, String text) {
		for (int i = 0; i < pages.size(); i++) {
			if (pages.get(i).contains(text)) {
				return i;
			}
		}
		return -1;
	}

	private static String unspaced(String text) {
		return text.replaceAll("\\s+", "");
	}

}
