package io.gapreport.report;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.gapreport.sample.SampleClient;
import io.gapreport.sample.SampleUnit;
import io.gapreport.sample.SampleWorkbooks;
import io.gapreport.scoring.Scores;
import io.gapreport.scoring.UnitScore;
import io.gapreport.scoring.UnitsAccumulator;
import io.gapreport.scoring.WorkbookScores;
import io.gapreport.survey.Scale;
import io.gapreport.survey.Sector;
import io.gapreport.workbook.SurveyWorkbook;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the unit reports and the Units section lie on the page, read back from the PDF: a
 * unit's page 1 (its standing beside each level) never leaves page 2 with only its last
 * lines, and a client with many units still gets the chart of every unit's gap.
 */
class UnitLayoutTests {

	@TempDir
	Path folder;

	/**
	 * A depot below the rest whose page 1 ran over: page 2 held only the first-contact
	 * table's last rows (or the whole table), and "What to do" began on page 3. Its pages
	 * after the first named the client alone, like the client's report.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "en", "pl", "cs", "ru" })
	void aUnitsPageOneThatRunsOverIsFollowedByWhatToDoOnTheSamePage(String language) throws Exception {
		List<SampleUnit> units = List.of(new SampleUnit("Leeds", "Leeds depot", List.of(), 0.35, 0.2),
				new SampleUnit("Bristol", "Bristol depot", List.of(), 0.3, -0.7),
				new SampleUnit("Glasgow", "Glasgow depot", List.of(), 0.35, 0.3));
		WorkbookScores scores = scored(language, 400, units);
		UnitScore bristol = scores.units().get(1);
		Messages words = Messages.load(language, null);

		List<String> pages = PdfText.pages(render(bristol.scores(), bristol, List.of()));
		assertThat(pages.get(0)).contains(words.get("units.col.vsRest"), words.get("units.status.below"))
			.contains(words.get("units.standing.title").replace("{0}", "Bristol depot"));
		assertThat(pages.get(1)).as("page 2").contains(words.get("actions.heading"), words.get("actions.intro"));
		assertThat(pages.subList(1, pages.size())).as("every page's running header names the unit")
			.allSatisfy((page) -> assertThat(page).startsWith("Acme Units · Bristol depot · 2026-Q3"));
	}

	/**
	 * A unit's folder has no rejected.csv: its report said the workbook's rejected rows
	 * were "listed in rejected.csv", as if beside it.
	 */
	@Test
	void aUnitsReportSaysItsRejectedRowsAreTheWorkbooksListedBesideTheClientsReport() throws Exception {
		List<SampleUnit> units = List.of(new SampleUnit("Leeds", "Leeds depot", List.of(), 0.5, 0.2),
				new SampleUnit("Bristol", "Bristol depot", List.of(), 0.5, -0.7));
		WorkbookScores scores = scored("en", 300, units);
		UnitScore leeds = scores.units().get(0);
		var counts = leeds.scores().counts();
		assertThat(counts.rejectedRows() + counts.invalidCells()).isPositive();
		Messages words = Messages.load("en", null);

		String text = PdfText.of(render(leeds.scores(), leeds, List.of()));
		assertThat(text).contains(words.get("methods.rejected.unit", String.valueOf(counts.rejectedRows()),
				String.valueOf(counts.invalidCells())));
		assertThat(PdfText.of(render(scores.client(), null, scores.units()))).contains(words.get("methods.rejected",
				String.valueOf(counts.rejectedRows()), String.valueOf(counts.invalidCells())));
	}

	/**
	 * Twenty branches: the chart was left out above twelve units, so a large client's
	 * head office had the table alone.
	 */
	@Test
	void aClientWithTwentyUnitsGetsTheChartOfEveryUnitsGap() throws Exception {
		List<SampleUnit> units = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			units.add(new SampleUnit("Branch " + i, "Branch " + i, List.of(), 0.05, (i % 4 == 1) ? -0.8 : 0.1));
		}
		WorkbookScores scores = scored("en", 800, units);
		Messages words = Messages.load("en", null);

		String text = PdfText.of(render(scores.client(), null, scores.units()));
		assertThat(text).contains(words.get("units.title"), words.get("units.chart"), words.get("units.client"));
	}

	/**
	 * The findings What to do rests on, a heading and a few lines, went to the top of the
	 * next page on their own (Leeds's and Bristol's reports from this workbook).
	 */
	@Test
	void theFindingsWhatToDoRestsOnStayOnTheLastFindingsPage() throws Exception {
		List<SampleUnit> units = List.of(new SampleUnit("Leeds", "Leeds depot", List.of(), 0.35, 0.2),
				new SampleUnit("Bristol", "Bristol depot", List.of(), 0.3, -0.7),
				new SampleUnit("Glasgow", "Glasgow depot", List.of(), 0.35, 0.3));
		WorkbookScores scores = scored("en", 400, 5, units);
		Messages words = Messages.load("en", null);
		for (UnitScore unit : scores.units().subList(0, 2)) {
			ReportModel model = PdfReport.packaged()
				.model(unit.scores(), List.of(), LocalDate.of(2026, 12, 6), unit, List.of());
			List<ReportModel.ActionRow> actions = model.whatToDo().actions();
			assertThat(actions).hasSizeGreaterThan(1);
			assertThat(model.whatToDo().sources()).isNotEmpty();
			String last = actions.size() + ". " + actions.get(actions.size() - 1).title();
			List<String> pages = PdfText.pages(render(unit.scores(), unit, List.of()));
			int sources = pageOf(pages, words.get("actions.sources"), 1);
			assertThat(pageOf(pages, last, 1)).as(unit.unit()).isPositive().isEqualTo(sources);
		}
	}

	/**
	 * The first page from {@code from} on whose text (lines joined) holds {@code text}.
	 */
	private static int pageOf(List<String> pages, String text, int from) {
		for (int i = from; i < pages.size(); i++) {
			if (pages.get(i).replaceAll("\\s+", " ").contains(text)) {
				return i;
			}
		}
		return -1;
	}

	private WorkbookScores scored(String language, int respondents, List<SampleUnit> units) throws Exception {
		return scored(language, respondents, 1, units);
	}

	private WorkbookScores scored(String language, int respondents, long seed, List<SampleUnit> units)
			throws Exception {
		Path workbook = this.folder.resolve("units-" + language + ".xlsx");
		SampleWorkbooks.writeOne(new SampleClient("Acme Units", "2026-Q3", LocalDate.of(2026, 9, 28), language,
				new Scale(1, 7), respondents, 12, seed, 0.005, List.of(-0.4, -0.6, 0.1, 0.0), List.of(),
				Sector.parse("logistics").orElseThrow(), units), workbook);
		try (SurveyWorkbook opened = SurveyWorkbook.open(workbook)) {
			var accumulator = new UnitsAccumulator(opened.questionnaire());
			opened.stream(accumulator);
			return accumulator.scores(List.of(), (unit) -> List.of());
		}
	}

	private Path render(Scores scores, @Nullable UnitScore unit, List<UnitScore> units) throws Exception {
		Path pdf = Files.createTempFile(this.folder, "report", ".pdf");
		PdfReport report = PdfReport.packaged();
		try (OutputStream out = Files.newOutputStream(pdf)) {
			report.render(report.model(scores, List.of(), LocalDate.of(2026, 12, 6), unit, units), out);
		}
		return pdf;
	}

}
