package io.gapreport.run;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.gapreport.output.UnitsJson;
import io.gapreport.scoring.UnitScore;
import io.gapreport.scoring.UnitsAccumulator;
import io.gapreport.scoring.WorkbookScores;
import io.gapreport.workbook.SurveyWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-computed units example of {@code src/test/resources/golden-units} (see its
 * README): the client's scores.json with its {@code units}, and each unit's own
 * scores.json, field by field within 1e-9.
 */
class UnitsGoldenTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static Path folder;

	private static WorkbookScores scores;

	@BeforeAll
	static void score() throws Exception {
		folder = Path.of(UnitsGoldenTests.class.getResource("/golden-units").toURI());
		try (SurveyWorkbook opened = SurveyWorkbook.open(folder.resolve("units-example.xlsx"))) {
			var accumulator = new UnitsAccumulator(opened.questionnaire());
			opened.stream(accumulator);
			scores = accumulator.scores(List.of(), (unit) -> List.of());
		}
	}

	@Test
	void theClientsScoresListEveryUnitSuppressedOnesWithTheirCountOnly() throws Exception {
		var out = new ByteArrayOutputStream();
		UnitsJson.write(scores, out);
		assertSame("units-example.scores.json", JSON.readTree(out.toByteArray()));
		JsonNode suppressed = JSON.readTree(out.toByteArray()).get("units").get(1);
		assertThat(suppressed.propertyNames()).containsExactly("unit", "name", "n", "suppressed");
	}

	@Test
	void eachUnitsOwnScoresAreThoseOfItsOwnDataAgainstTheRest() throws Exception {
		List<String> written = new ArrayList<>();
		for (UnitScore unit : scores.units()) {
			if (unit.suppressed()) {
				continue;
			}
			var out = new ByteArrayOutputStream();
			UnitsJson.writeUnit(unit, out);
			String slug = UnitsJson.folder(unit).substring("units/".length());
			assertSame("units-example." + slug + ".scores.json", JSON.readTree(out.toByteArray()));
			written.add(slug);
		}
		assertThat(written).containsExactly("krakow-rynek", "gdansk");
	}

	private static void assertSame(String expectedFile, JsonNode actual) {
		JsonNode expected = JSON.readTree(folder.resolve(expectedFile).toFile());
		List<String> differences = new ArrayList<>();
		GoldenScoresTests.compare("", expected, actual, differences);
		assertThat(differences).as("differences from %s", expectedFile).isEmpty();
	}

}
