package io.gapreport.sample;

import java.nio.file.Files;
import java.nio.file.Path;

import io.gapreport.testing.ScoresOf;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The sample Qualtrics export in {@code input/} is what {@link HarbourHotelsAnswers}
 * writes, and its guests answer as real guests do.
 */
class HarbourHotelsAnswersTests {

	private static final Path INPUT = Path.of("input");

	@Test
	void theSampleExportIsWhatItsGeneratorWrites() throws Exception {
		String export = Files.readString(INPUT.resolve("harbour-hotels-2026-q3-qualtrics.csv"));
		assertThat(HarbourHotelsAnswers.draw(export)).isEqualTo(export);
	}

	@Test
	void theQuestionsOfEachLevelOfTheSampleHangTogether() throws Exception {
		JsonNode scores = ScoresOf.workbook(INPUT.resolve("harbour-hotels-2026-q3.xlsx"));
		assertThat(scores.at("/counts/customers").asInt()).isEqualTo(58);
		// the preview, the spam, the repeat and the blank response; the "Rather not say"
		assertThat(scores.at("/counts/rejected_rows").asInt()).isEqualTo(4);
		assertThat(scores.at("/counts/invalid_cells").asInt()).isEqualTo(1);
		// Cronbach's alpha of each level's two perceptions over the 58 guests, worked
		// out by hand from the export's answers as exact fractions
		assertThat(scores.at("/levels/accuracy/alpha").asDouble()).isCloseTo(1303.0 / 1560, within(1e-9));
		assertThat(scores.at("/levels/availability/alpha").asDouble()).isCloseTo(811.0 / 967, within(1e-9));
		assertThat(scores.at("/levels/partnership/alpha").asDouble()).isCloseTo(8440.0 / 9189, within(1e-9));
		assertThat(scores.at("/levels/advice/alpha").asDouble()).isCloseTo(6352.0 / 7169, within(1e-9));
	}

}
