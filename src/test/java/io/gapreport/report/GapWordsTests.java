package io.gapreport.report;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each gap's status says what falls short of what, in the report's language, while the
 * expectation levels keep "below expectations": read back from page 1 of the sample
 * reports.
 */
class GapWordsTests {

	@TempDir
	Path folder;

	@ParameterizedTest
	@CsvSource({ "en, acme-logistics-2026-q3.xlsx", "pl, lodz-bank-2026-q3.xlsx",
			"cs, zlutoucky-kun-s-r-o-2026-q3.xlsx", "ru, severnyy-bank-2026-q3.xlsx" })
	void aGapThatFallsShortOrExceedsSaysWhatOfWhatAndTheLevelsKeepBelowExpectations(String language, String sample)
			throws Exception {
		Messages messages = Messages.load(language, null);
		var scored = ExampleWorkbooks.score(Path.of("input", sample));
		ReportModel model = PdfReport.packaged().model(scored.scores(), scored.problems(), LocalDate.of(2026, 11, 25));
		var out = new ByteArrayOutputStream();
		PdfReport.packaged().write(scored.scores(), scored.problems(), LocalDate.of(2026, 11, 25), out);
		Path pdf = this.folder.resolve(language + ".pdf");
		Files.write(pdf, out.toByteArray());
		String first = PdfText.pages(pdf).getFirst();

		List<ReportModel.GapRow> worded = model.decision()
			.gaps()
			.stream()
			.filter((gap) -> !gap.key().equals("gap5"))
			.filter((gap) -> gap.tone().equals("shortfall") || gap.tone().equals("exceeded"))
			.toList();
		assertThat(worded).as("the sample has a gap 1 to 4 or perception gap beyond chance").isNotEmpty();
		for (ReportModel.GapRow gap : worded) {
			String own = messages.get("status.gap." + gap.key() + "." + gap.tone());
			assertThat(gap.status()).isEqualTo(own).isNotEqualTo(messages.get("status." + gap.tone()));
			assertThat(first).contains(own.replaceAll("\\s+", " "));
		}
		assertThat(model.decision().levels()).anySatisfy((level) -> {
			assertThat(level.statusKey()).isEqualTo("shortfall");
			assertThat(level.status()).isEqualTo(messages.get("status.shortfall"));
		});
		assertThat(first).contains(messages.get("status.shortfall"));
	}

}
