package io.gapreport.run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.gapreport.output.ScoresJson;
import io.gapreport.scoring.ScoreAccumulator;
import io.gapreport.text.LuceneStems;
import io.gapreport.workbook.SurveyWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every workbook in {@code src/test/resources/golden} must score exactly (within 1e-9) as
 * the {@code .scores.json} beside it says.
 */
class GoldenScoresTests {

	private static final double TOLERANCE = 1e-9;

	static Stream<String> goldenWorkbooks() throws IOException, URISyntaxException {
		Path folder = Path.of(GoldenScoresTests.class.getResource("/golden").toURI());
		try (Stream<Path> files = Files.list(folder)) {
			return files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith(".xlsx"))
				.map((name) -> name.substring(0, name.length() - ".xlsx".length()))
				.sorted()
				.toList()
				.stream();
		}
	}

	@ParameterizedTest
	@MethodSource("goldenWorkbooks")
	void workbookScoresAsItsGoldenFileSays(String name) throws Exception {
		Path folder = Path.of(GoldenScoresTests.class.getResource("/golden").toURI());
		JsonNode expected = JsonMapper.builder().build().readTree(folder.resolve(name + ".scores.json").toFile());
		JsonNode actual = JsonMapper.builder().build().readTree(score(folder.resolve(name + ".xlsx")));
		List<String> differences = new ArrayList<>();
		compare("", expected, actual, differences);
		assertThat(differences).as("differences from %s.scores.json", name).isEmpty();
	}

	private static byte[] score(Path workbook) throws Exception {
		try (SurveyWorkbook opened = SurveyWorkbook.open(workbook)) {
			var accumulator = new ScoreAccumulator(opened.questionnaire(),
					LuceneStems.forLanguage(opened.questionnaire().engagement().language()));
			opened.stream(accumulator);
			var out = new ByteArrayOutputStream();
			ScoresJson.write(accumulator.scores(List.of()), out);
			return out.toByteArray();
		}
	}

	static void compare(String path, JsonNode expected, JsonNode actual, List<String> differences) {
		if (expected.isNumber() && actual.isNumber()) {
			if (Math.abs(expected.asDouble() - actual.asDouble()) > TOLERANCE) {
				differences.add(path + ": expected " + expected + " but was " + actual);
			}
		}
		else if (expected.isObject() && actual.isObject()) {
			for (Map.Entry<String, JsonNode> field : expected.properties()) {
				if (path.isEmpty() && field.getKey().equals("trend")) {
					continue;
				}
				JsonNode other = actual.get(field.getKey());
				if (other == null) {
					differences.add(path + "." + field.getKey() + ": missing");
				}
				else {
					compare(path + "." + field.getKey(), field.getValue(), other, differences);
				}
			}
		}
		else if (expected.isArray() && actual.isArray()) {
			if (expected.size() != actual.size()) {
				differences.add(path + ": expected " + expected.size() + " elements but was " + actual.size());
				return;
			}
			for (int i = 0; i < expected.size(); i++) {
				compare(path + "[" + i + "]", expected.get(i), actual.get(i), differences);
			}
		}
		else if (!expected.equals(actual)) {
			differences.add(path + ": expected " + expected + " but was " + actual);
		}
	}

}
