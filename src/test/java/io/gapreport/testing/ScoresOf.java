package io.gapreport.testing;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;

import io.gapreport.output.ScoresJson;
import io.gapreport.scoring.ScoreAccumulator;
import io.gapreport.workbook.SurveyWorkbook;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A workbook's scores.json, as a run writes it (without earlier waves), for tests. */
public final class ScoresOf {

	private ScoresOf() {
	}

	/** Reads, scores and writes {@code workbook}, and parses what was written. */
	public static JsonNode workbook(Path workbook) throws Exception {
		try (SurveyWorkbook opened = SurveyWorkbook.open(workbook)) {
			var accumulator = new ScoreAccumulator(opened.questionnaire());
			opened.stream(accumulator);
			var out = new ByteArrayOutputStream();
			ScoresJson.write(accumulator.scores(List.of()), out);
			return JsonMapper.builder().build().readTree(out.toByteArray());
		}
	}

}
