package io.gapreport.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.gapreport.chart.ScatterChartSpec;
import io.gapreport.chart.Tone;
import io.gapreport.scoring.Scores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The importance–performance page of the sample reports, in all four languages, read back
 * from the PDF: questions placed by their customer gap, verdicts that follow the
 * evidence, and no verdicts when the importances do not tell the questions apart.
 */
class ImportancePerformanceTests {

	@TempDir
	static Path folder;

	/** The latest wave of every sample client: English, Polish, Czech and Russian. */
	static Stream<Path> samples() throws Exception {
		try (Stream<Path> files = Files.list(Path.of("input"))) {
			return files.filter((file) -> file.toString().endsWith("-q3.xlsx")).sorted().toList().stream();
		}
	}

	@ParameterizedTest
	@MethodSource("samples")
	void aProvenShortfallIsNeverKeptUpLowPriorityOrOverkillInAnyLanguage(Path workbook) throws Exception {
		Scores scores = ExampleWorkbooks.score(workbook).scores();
		Messages messages = Messages.load(scores.engagement().language(), null);
		ScatterChartSpec ipa = ipa(scores);
		Set<String> shortfalls = scores.items()
			.stream()
			.filter((item) -> item.gap5().isShortfall())
			.map((item) -> item.question().code())
			.collect(Collectors.toSet());
		assertThat(shortfalls).as("the samples hold proven shortfalls").isNotEmpty();
		Set<String> fixing = Set.of(messages.get("ipa.quadrant.concentrate"), messages.get("ipa.quadrant.next"));
		for (ScatterChartSpec.Verdict verdict : ipa.verdicts()) {
			if (verdict.labels().stream().anyMatch(shortfalls::contains)) {
				assertThat(fixing).as(verdict.labels().toString()).contains(verdict.name());
			}
			if (verdict.name().equals(messages.get("ipa.quadrant.overkill"))) {
				assertThat(verdict.labels()).allSatisfy((code) -> assertThat(tone(ipa, code)).isEqualTo(Tone.EXCEEDED));
			}
		}
		String page = ipaPage(scores);
		if (!ipa.verdicts().isEmpty()) {
			// the list beside the chart, as the PDF holds it: each verdict, then its
			// codes
			String listed = ipa.verdicts()
				.stream()
				.map((verdict) -> verdict.name() + " " + String.join(" ", verdict.labels()))
				.collect(Collectors.joining(" "));
			assertThat(page).contains(listed).contains(messages.get("ipa.verdicts"));
		}
	}

	@ParameterizedTest
	@MethodSource("samples")
	void theGapAxisShowsZeroAndAtLeastASixthOfTheScale(Path workbook) throws Exception {
		Scores scores = ExampleWorkbooks.score(workbook).scores();
		// ChartSpecsTests checks that each point's x is its question's gap
		ScatterChartSpec ipa = ipa(scores);
		assertThat(ipa.xSplit()).isZero();
		// a 1-7 scale: the gap axis spans at least one point
		assertThat(ipa.xMinSpan())
			.isEqualTo((scores.engagement().scale().max() - scores.engagement().scale().min()) / 6.0);
		assertThat(ipaPage(scores)).contains(Messages.load(scores.engagement().language(), null).get("ipa.axis.gap"));
	}

	@Test
	void importancesWithinChanceOfEachOtherGiveNoVerdictsAndTheReportSaysSo() throws Exception {
		// Harbour Hotels: correlations with likelihood to recommend from +0.65 to +0.74,
		// every 95% interval overlapping the others
		Scores scores = ExampleWorkbooks.score(Path.of("input", "harbour-hotels-2026-q3.xlsx")).scores();
		ScatterChartSpec ipa = ipa(scores);
		assertThat(ipa.verdicts()).isEmpty();
		assertThat(ipa.ySplit()).isNull();
		Messages messages = Messages.load("en", null);
		String page = ipaPage(scores);
		assertThat(page)
			.contains("The importances do not tell the questions apart: the correlations run from +0.65 to +0.74")
			.doesNotContain(messages.get("ipa.quadrant.keep"))
			.doesNotContain(messages.get("ipa.quadrant.low"))
			.doesNotContain(messages.get("ipa.quadrant.overkill"))
			.doesNotContain(messages.get("ipa.quadrant.concentrate"));
	}

	private static Tone tone(ScatterChartSpec ipa, String code) {
		return ipa.points().stream().filter((point) -> point.label().equals(code)).findFirst().orElseThrow().tone();
	}

	private static ScatterChartSpec ipa(Scores scores) {
		Messages messages = Messages.load(scores.engagement().language(), null);
		var charts = ChartSpecs.of(new Wording(scores, messages, new Formats(messages.locale(), "\u2013")));
		return (ScatterChartSpec) charts.get("ipa");
	}

	private static String ipaPage(Scores scores) throws Exception {
		return TrendPageTests.sectionPage(scores, "section.ipa", folder);
	}

}
