package io.gapreport.report;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.gapreport.scoring.Scores;
import io.gapreport.scoring.TrendPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trend page of the sample clients' second wave, read back from the PDF in all four
 * languages: better or worse, within chance or not, with the figures; one NPS figure
 * everywhere; each level's change; a note when the managers changed a lot.
 */
class TrendPageTests {

	@TempDir
	static Path folder;

	private static final String NUMBER = "([+\u2212]?\\d+(?:[.,]\\d+)?)";

	@ParameterizedTest
	@CsvSource({ "acme-logistics-2026-q2.xlsx, acme-logistics-2026-q3.xlsx",
			"lodz-bank-2026-q2.xlsx, lodz-bank-2026-q3.xlsx",
			"acme-logistics-2026-q2.xlsx, zlutoucky-kun-s-r-o-2026-q3.xlsx",
			"lodz-bank-2026-q2.xlsx, severnyy-bank-2026-q3.xlsx" })
	void theNpsChangeIsTheDifferenceOfThePrintedScores(String before, String after) throws Exception {
		Scores scores = secondWave(before, after);
		Messages messages = Messages.load(scores.engagement().language(), null);
		String page = trendPage(scores);
		TrendPoint previous = scores.trend().getFirst();
		TrendPoint current = scores.trend().getLast();
		long printedBefore = Math.round(previous.nps());
		long printedAfter = Math.round(current.nps());
		String direction = (printedAfter > printedBefore) ? "better"
				: (printedAfter < printedBefore) ? "worse" : "same";
		Matcher sentence = sentence(messages.get("trend.nps." + direction), page);
		assertThat(sentence.find()).as(page).isTrue();
		if (!direction.equals("same")) {
			assertThat(number(sentence.group(1))).isEqualTo(printedBefore);
			assertThat(number(sentence.group(2))).isEqualTo(printedAfter);
			assertThat(number(sentence.group(3))).isEqualTo(printedAfter - printedBefore);
		}
		// the table prints the same two scores
		Formats formats = new Formats(messages.locale(), "\u2013");
		assertThat(page).contains(formats.points(previous.nps())).contains(formats.points(current.nps()));
	}

	@Test
	void acmesGapImprovedBeyondChanceAndItsNpsWithinChanceAsTheTablePrintsThem() throws Exception {
		String page = trendPage(secondWave("acme-logistics-2026-q2.xlsx", "acme-logistics-2026-q3.xlsx"));
		assertThat(page).contains(
				"Since 2026-Q2 the overall customer gap has improved from \u22120.32 to \u22120.10 (+0.22): a change larger than chance (p\u00a0=\u00a00.002).")
			.contains(
					"Since 2026-Q2 NPS has improved from \u221215 to \u22128 (+7): within chance (p\u00a0=\u00a00.181)")
			.doesNotContain("+8");
		// per level, every level better beyond chance
		for (String level : List.of("Accuracy", "Availability", "Partnership", "Advice")) {
			assertThat(page).containsPattern(
					level + " \u2212\\d\\.\\d\\d \u2212\\d\\.\\d\\d \\+\\d\\.\\d\\d Better, larger than chance");
		}
		// 6 managers in both waves, 6 then 4 visits: no note
		assertThat(page).doesNotContain("Managers who answered:").doesNotContain("Audit visits:");
	}

	@Test
	void aWaveRestingOnFewerThanHalfTheManagersIsNoted() throws Exception {
		// Łódź Bank: 7 managers in 2026-Q2, 3 in 2026-Q3; 5 and 6 audit visits
		String page = trendPage(secondWave("lodz-bank-2026-q2.xlsx", "lodz-bank-2026-q3.xlsx"));
		assertThat(page).contains("Liczba menedżerów, którzy odpowiedzieli: 7 w fali 2026-Q2, 3 w tej fali.")
			.doesNotContain("Liczba wizyt audytowych:");
	}

	private static Matcher sentence(String message, String page) {
		String pattern = Pattern.quote(message)
			.replace("{1}", "\\E" + NUMBER + "\\Q")
			.replace("{2}", "\\E" + NUMBER + "\\Q")
			.replace("{3}", "\\E" + NUMBER + "\\Q")
			.replaceAll("\\{\\d\\}", "\\\\E.*?\\\\Q");
		return Pattern.compile(pattern).matcher(page);
	}

	private static long number(String printed) {
		return Long.parseLong(printed.replace('\u2212', '-').replace("+", ""));
	}

	/** {@code after} scored as the wave after {@code before}. */
	static Scores secondWave(String before, String after) throws Exception {
		Scores first = ExampleWorkbooks.score(Path.of("input", before)).scores();
		return ExampleWorkbooks.score(Path.of("input", after), List.of(first.trendPoint())).scores();
	}

	/**
	 * The trend's pages: its per-level table may flow on to the page after its charts.
	 */
	private static String trendPage(Scores scores) throws Exception {
		return sectionPages(scores, "section.trend", folder, 2);
	}

	/**
	 * The text of the page of {@code scores}' report that holds the section headed by
	 * message {@code headingKey}, from that heading on, the PDF written into
	 * {@code folder}.
	 */
	static String sectionPage(Scores scores, String headingKey, Path folder) throws Exception {
		return sectionPages(scores, headingKey, folder, 1);
	}

	/**
	 * The text of {@code pages} pages of {@code scores}' report from the heading of the
	 * section headed by message {@code headingKey} on, the PDF written into
	 * {@code folder}.
	 */
	static String sectionPages(Scores scores, String headingKey, Path folder, int pages) throws Exception {
		var out = new ByteArrayOutputStream();
		PdfReport.packaged().write(scores, List.of(), LocalDate.of(2026, 11, 25), out);
		Path pdf = Files.createTempFile(folder, "report", ".pdf");
		Files.write(pdf, out.toByteArray());
		String heading = Messages.load(scores.engagement().language(), null).get(headingKey);
		List<String> texts = PdfText.pages(pdf);
		for (int i = 0; i < texts.size(); i++) {
			int start = texts.get(i).indexOf(heading + " ");
			if (start >= 0) {
				return texts.get(i).substring(start) + " "
						+ String.join(" ", texts.subList(i + 1, Math.min(texts.size(), i + pages)));
			}
		}
		return "";
	}

}
