package io.gapreport.report;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.gapreport.sample.SampleSpec;
import io.gapreport.sample.SampleWorkbooks;
import io.gapreport.scoring.Action;
import io.gapreport.scoring.LevelScore;
import io.gapreport.survey.Level;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each page of realistic reports in every language, read back with PDFBox: page 1 says
 * what to fix first, every page holds real content, and what was not measured is one line
 * of one box.
 */
class ReportPagesTests {

	/** Fewer characters than this on a page is a page that says nothing. */
	private static final int REAL_CONTENT = 400;

	/** Where the workbooks and their reports are left, to look at. */
	private static final Path folder = Path.of("target", "report-pages");

	/** A sample workbook's report per language. */
	private static final Map<String, Report> SAMPLES = new HashMap<>();

	private record Report(ExampleWorkbooks.Scored scored, List<String> pages) {
	}

	@BeforeAll
	static void renderSamples() throws Exception {
		Files.createDirectories(folder);
		// the first four sample clients are English, Polish, Czech and Russian
		for (Path workbook : SampleWorkbooks.write(new SampleSpec(4, 240, 16, 8), folder.resolve("samples"))) {
			Report report = render(workbook);
			SAMPLES.put(report.scored().scores().engagement().language(), report);
		}
	}

	private static Report render(Path workbook) throws Exception {
		var scored = ExampleWorkbooks.score(workbook);
		var out = new ByteArrayOutputStream();
		PdfReport.packaged().write(scored.scores(), scored.problems(), LocalDate.of(2026, 11, 25), out);
		Path pdf = workbook.resolveSibling(workbook.getFileName() + ".pdf");
		Files.write(pdf, out.toByteArray());
		return new Report(scored, PdfText.pages(pdf));
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "pl", "cs", "ru" })
	void pageOneNamesTheFirstActionsQuestionsAndEveryLevelsStatusInWords(String language) {
		Report report = SAMPLES.get(language);
		Messages messages = Messages.load(language, null);
		List<Action> actions = report.scored().scores().nextSteps().actions();
		assertThat(actions).isNotEmpty();
		String first = report.pages().getFirst();
		assertThat(first).contains(actions.getFirst().evidence()).contains(messages.get("section.decision"));
		for (Level level : Level.values()) {
			LevelScore score = report.scored().scores().level(level);
			assertThat(first).contains(messages.get("level." + level.key()) + " ")
				.contains(messages.get("status." + score.status().key()));
		}
		assertThat(first).as("numbers carry a true minus sign").doesNotContainPattern("(^|[\\s(])-\\d");
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "pl", "cs", "ru" })
	void everyPageButTheLastHoldsRealContent(String language) {
		List<String> pages = SAMPLES.get(language).pages();
		assertThat(pages).hasSizeGreaterThan(5);
		for (int page = 0; page < pages.size() - 1; page++) {
			assertThat(pages.get(page)).as("page %d of the %s report", page + 1, language)
				.hasSizeGreaterThan(REAL_CONTENT);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "ru" })
	void aCustomersOnlyWorkbookListsWhatToCollectInOneBoxAndHasNoEmptySection(String language) throws Exception {
		Report report = render(ExampleWorkbooks.customersOnly(folder, language));
		Messages messages = Messages.load(language, null);
		String text = String.join(" ", report.pages());
		assertThat(text)
			.contains(messages.get("collect.heading"), messages.get("collect.management"),
					messages.get("collect.standards"), messages.get("collect.audits"))
			.doesNotContain(messages.get("section.management"))
			.doesNotContain(messages.get("management.intro"));
		for (int page = 0; page < report.pages().size() - 1; page++) {
			assertThat(report.pages().get(page)).as("page %d", page + 1).hasSizeGreaterThan(REAL_CONTENT);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "pl" })
	void anIndicativeFindingIsWordedAsALeadToCheckNeverAsProven(String language) throws Exception {
		// the worked example's perception gap rests on two managers, fewer than its
		// min_group_size of 3
		Report report = render(ExampleWorkbooks.write(folder, language, "Café", "Was your order right?"));
		Messages messages = Messages.load(language, null);
		assertThat(report.scored().scores().nextSteps().actions())
			.anyMatch((action) -> action.indicative() && action.target().equals("perception"));
		String text = String.join(" ", report.pages());
		assertThat(text).contains(fixedStart(messages.raw("action.gap.perception.check")))
			.doesNotContain(fixedStart(messages.raw("action.gap.perception.finding")));
		assertThat(report.pages().getFirst()).contains(messages.get("status.indicative"));
	}

	/** The words of a pattern before its first placeholder. */
	private static String fixedStart(String pattern) {
		return pattern.substring(0, pattern.indexOf('{')).replace("''", "'").strip();
	}

}
