package io.gapreport.report;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import io.gapreport.scoring.Action;
import io.gapreport.scoring.Gap;
import io.gapreport.scoring.LevelStatus;
import io.gapreport.scoring.Scores;
import io.gapreport.scoring.TrendPoint;
import io.gapreport.scoring.WaveChange;
import io.gapreport.survey.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one evidence rule, read from the text of rendered reports: no claim a status does
 * not carry, no lead among the findings to act on first, the larger foundation shortfall
 * first, leads that say what would confirm them and hold no actions. Text is compared
 * without white space, so that a line break inside a figure does not hide it.
 */
class EvidenceRuleReportTests {

	private static final Messages EN = Messages.load("en", null);

	@TempDir
	static Path folder;

	@Test
	void aPerceptionGapOnTooFewManagersNeverSaysManagementOverratesIt() throws Exception {
		// the worked example: perception -1.08 with an interval below zero, but 2
		// managers
		// where 3 are needed
		var scored = ExampleWorkbooks.score(ExampleWorkbooks.write(folder, "en", "Example", "Was your order right?"));
		assertThat(scored.scores().gapStatus(Gap.PERCEPTION)).isEqualTo(LevelStatus.SHORTFALL);
		String text = compact(String.join(" ", render(scored.scores(), scored.problems())));
		assertThat(text).doesNotContain(compact("management overrates it"))
			.doesNotContain(compact(EN.get("cite.bain")))
			.contains(compact(EN.get("summary.perception.few", "2", "\u22121.08")));
	}

	@Test
	void pageOneActsFirstOnlyOnProvenFindingsAndListsTheLeadsToConfirm() throws Exception {
		var scored = ExampleWorkbooks.score(ExampleWorkbooks.write(folder, "en", "Example", "Was your order right?"));
		List<String> pages = render(scored.scores(), scored.problems());
		String first = compact(pages.getFirst());
		int leads = first.indexOf(compact(EN.get("status.indicative")));
		String actFirst = first.substring(first.indexOf(compact(EN.get("decision.actFirst"))), leads);
		// the one proven action, availability, with its worst question's text and goal
		assertThat(actFirst).contains(compact(EN.get("action.level.availability.title")))
			.contains(compact("Were your questions answered quickly?"))
			.contains(compact(EN.get("goal.level.availability", "\u22121.30", "\u22120.65")))
			// the five leads (gaps 3, 4, perception, e-mail and phone) are not acted on
			.doesNotContain(compact(EN.get("gap.gap3.name")))
			.doesNotContain(compact(EN.get("gap.perception.name")));
		// they are on one line, with what would confirm them
		assertThat(first.substring(leads, first.indexOf(compact(EN.get("decision.levels")))))
			.contains(compact(EN.get("decision.toConfirm.item",
					EN.get("gap.gap3.name") + " (\u22120.33), " + EN.get("gap.gap4.name") + " (\u22121.17)",
					EN.get("confirm.audits", "3", "2"))));
		// gaps 2 to 4 with their n and interval: gap 3's two visits agree, zero width
		assertThat(first).contains(compact(EN.get("gap.gap3.name") + " \u22120.33 2 \u22120.33 \u2026 \u22120.33"));
		assertThat(first).doesNotContain(compact("next page"));
	}

	@Test
	void aLeadsCardSaysWhatWouldConfirmItAndHoldsNoActions() throws Exception {
		var scored = ExampleWorkbooks.score(ExampleWorkbooks.write(folder, "en", "Example", "Was your order right?"));
		List<Action> actions = scored.scores().nextSteps().actions();
		long leads = actions.stream().filter(Action::indicative).count();
		String text = compact(String.join(" ", render(scored.scores(), scored.problems())));
		assertThat(leads).isEqualTo(5);
		// the cards' labels are set in capitals
		assertThat(occurrences(text, label("actions.confirm"))).isEqualTo(leads);
		assertThat(occurrences(text, label("actions.do"))).isEqualTo(actions.size() - leads);
		assertThat(text).contains(compact(EN.get("target.confirm", EN.get("confirm.managers", "3", "2"))));
	}

	@Test
	void theLargerFoundationShortfallComesFirstOnPageOne() throws Exception {
		// Lodz Q3: accuracy -0.13 and availability -0.91 both fall short
		var scored = ExampleWorkbooks.score(Path.of("input", "lodz-bank-2026-q3.xlsx"));
		Scores scores = scored.scores();
		assertThat(scores.priorityLevel()).isEqualTo(Level.AVAILABILITY);
		Messages pl = Messages.load("pl", null);
		String first = compact(render(scores, scored.problems()).getFirst());
		assertThat(first).contains(compact(pl.get("headline.levelGap", pl.get("headline.name", "Dostępność"),
				new Formats(pl.locale(), "-").gap(scores.level(Level.AVAILABILITY).gap5().mean()))));
		assertThat(first.indexOf(compact(pl.get("action.level.availability.title"))))
			.isLessThan(first.indexOf(compact(pl.get("action.level.accuracy.title"))));
	}

	@Test
	void pageOneSaysWhetherTheGapChangedMoreThanChance() throws Exception {
		var scored = ExampleWorkbooks.score(ExampleWorkbooks.write(folder, "en", "Example", "Was your order right?"));
		Scores scores = scored.scores();
		// an earlier wave of 40 customers at -2.50 (sd 0.5): this wave's -0.53 is better
		var earlier = new TrendPoint("2026-W0", null, -2.5, null, 40, 0.5, 0, 0, 0);
		Scores twoWaves = scores.withTrend(List.of(earlier, scores.trendPoint()));
		WaveChange change = WaveChange.ofGap(earlier, scores.trendPoint());
		assertThat(change.significant()).isTrue();
		String first = compact(render(twoWaves, scored.problems()).getFirst());
		assertThat(first).contains(compact(EN.get("decision.trend.better", "2026-W0", "\u22122.50", "\u22120.53",
				new Formats(EN.locale(), "-").probability(change.p()))));
	}

	private static List<String> render(Scores scores, List<io.gapreport.survey.InputProblem> problems)
			throws Exception {
		var out = new ByteArrayOutputStream();
		PdfReport.packaged().write(scores, problems, LocalDate.of(2026, 11, 25), out);
		Path pdf = Files.createTempFile(folder, "report", ".pdf");
		Files.write(pdf, out.toByteArray());
		return PdfText.pages(pdf);
	}

	private static String label(String key) {
		return compact(EN.get(key).toUpperCase(java.util.Locale.ROOT));
	}

	private static String compact(String text) {
		return text.replaceAll("\\s", "");
	}

	private static long occurrences(String text, String part) {
		long count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
			count++;
		}
		return count;
	}

}
