package io.gapreport.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.gapreport.scoring.FcrScore;
import io.gapreport.scoring.Scores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first-contact-resolution page of the sample reports, read back from the PDF in all
 * four languages: each channel's n and 95% interval; "below the rest" in red only when
 * proven, a lead worded by its size otherwise; a channel without a benchmark set against
 * the client's other channels.
 */
class FirstContactPageTests {

	@TempDir
	static Path folder;

	static Stream<Path> samples() throws Exception {
		return ImportancePerformanceTests.samples();
	}

	@ParameterizedTest
	@MethodSource("samples")
	void everyChannelShowsItsCustomersAndIntervalAndAnUnprovenRestIsNeverRed(Path workbook) throws Exception {
		Scores scores = ExampleWorkbooks.score(workbook).scores();
		Messages messages = Messages.load(scores.engagement().language(), null);
		Formats formats = new Formats(messages.locale(), "\u2013");
		String page = spaced(TrendPageTests.sectionPage(scores, "section.fcr", folder));
		List<ReportModel.FcrRow> rows = PdfReport.packaged()
			.model(scores, List.of(), java.time.LocalDate.of(2026, 11, 25))
			.fcr()
			.rows();
		for (int i = 0; i < rows.size(); i++) {
			FcrScore channel = scores.fcr().get(i);
			ReportModel.FcrRow row = rows.get(i);
			String interval = formats.percent(channel.ciLow()) + " \u2026 " + formats.percent(channel.ciHigh());
			assertThat(page).contains(spaced(row.channel() + " " + formats.count(channel.n()) + " "
					+ formats.percent(channel.rate()) + " " + interval));
			boolean unprovenRest = channel.position() == FcrScore.Position.REST
					&& !Boolean.TRUE.equals(channel.proven());
			if (unprovenRest) {
				assertThat(row.tone()).isEqualTo("indicative");
				assertThat(row.position()).isNotIn(messages.get("fcr.position.belowRest"),
						messages.get("fcr.position.wellBelowRest"), messages.get("fcr.position.slightlyBelowRest"));
			}
			if ("shortfall".equals(row.tone())) {
				assertThat(channel.proven()).isTrue();
			}
		}
		assertThat(page).doesNotContain("no better than");
	}

	@Test
	void thirteenCustomersOfWhomOneWasHelpedAreALeadWellBelowTheRestNotAProof() throws Exception {
		// Harbour Hotels' chat: 1 of 13 (8%, 1% ... 33%) against the rest's 28%
		Scores scores = ExampleWorkbooks.score(Path.of("input", "harbour-hotels-2026-q3.xlsx")).scores();
		String page = spaced(TrendPageTests.sectionPage(scores, "section.fcr", folder));
		assertThat(page).contains("chat 13 8% 1% \u2026 33% 45% 28% Well below the rest, not proven: a lead to check");
		// in person has no benchmark: set against hotel's other channels (55%), not a
		// study
		assertThat(page).contains(
				"in person 14 86% 60% \u2026 96% \u2013 \u2013 No benchmark; well above the client's other channels (55%)");
	}

	@Test
	void aRateProvenBelowTheRestIsRedAndWordedByItsSize() throws Exception {
		Scores sample = ExampleWorkbooks.score(Path.of("input", "harbour-hotels-2026-q3.xlsx")).scores();
		// 20 of 250 by chat (8%, Wilson 5.2% ... 12.0%) against the rest's 28%: proven,
		// 20
		// points below
		FcrScore chat = new FcrScore("chat", 250, 0.08, 0.45, 0.28, FcrScore.Position.REST, 0.0524, 0.1203, true);
		Scores scores = new Scores(sample.engagement(), sample.counts(), sample.gaps(), sample.intervals(),
				sample.gap5(), sample.overallGap5(), sample.weightedGap5(), sample.priorityLevel(), sample.levels(),
				sample.items(), sample.nps(), List.of(chat), sample.breakdowns(), sample.trend(), sample.nextSteps(),
				sample.importanceBasis(), sample.voice());
		ReportModel.FcrRow row = PdfReport.packaged()
			.model(scores, List.of(), java.time.LocalDate.of(2026, 11, 25))
			.fcr()
			.rows()
			.getFirst();
		assertThat(row.tone()).isEqualTo("shortfall");
		assertThat(row.position()).isEqualTo("Well below the rest");
		assertThat(spaced(TrendPageTests.sectionPage(scores, "section.fcr", folder)))
			.contains("chat 250 8% 5% \u2026 12% 45% 28% Well below the rest");
	}

	/**
	 * Text with no-break spaces (as Czech and Russian percentages have) as plain ones.
	 */
	private static String spaced(String text) {
		return text.replace('\u00a0', ' ').replace('\u202f', ' ');
	}

}
