package io.gapreport.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.gapreport.testing.ExportWorkbooks;
import io.gapreport.testing.ScoresOf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A survey tool's export, read through a Mapping sheet, scores exactly (within 1e-9) as
 * the same answers typed into the Customers sheet of the spec's worked example: every
 * figure of scores.json, the rejected-row and invalid-cell counts included.
 */
class ExportScoresTests {

	@TempDir
	Path folder;

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "qualtrics, 2", "surveymonkey, 0", "limesurvey, 0", "google-forms, 0" })
	void anExportScoresAsTheSameAnswersTypedIntoTheCustomersSheet(String tool, int previewAndSpamRows)
			throws Exception {
		Path workbook = ExportWorkbooks.fixture(tool, this.folder.resolve(tool));
		Path typed = ExportWorkbooks.exampleWithRejectedRows(this.folder.resolve("typed.xlsx"), previewAndSpamRows);
		JsonNode expected = scores(typed);
		JsonNode actual = scores(workbook);
		assertThat(actual.at("/counts/rejected_rows").asInt()).isEqualTo(2 + previewAndSpamRows);
		assertThat(actual.at("/counts/invalid_cells").asInt()).isEqualTo(1);
		assertSame(expected, actual);
	}

	@Test
	void aPlainXlsxExportScoresAsTheCustomersSheetItCameFrom() throws Exception {
		Path export = ExportWorkbooks.customersAsExport(this.folder.resolve("responses.xlsx"));
		List<String[]> mapping = new ArrayList<>();
		for (String field : List.of("respondent", "segment", "channel", "resolved", "nps")) {
			mapping.add(new String[] { field.toUpperCase(java.util.Locale.ROOT), field, "" });
		}
		for (String code : List.of("A1", "A2", "V1", "V2", "P1")) {
			mapping.add(new String[] { "E:" + code, "E:" + code, "" });
			mapping.add(new String[] { "P:" + code, "P:" + code, "" });
		}
		Path workbook = ExportWorkbooks.engagement(this.folder.resolve("engagement.xlsx"),
				export.getFileName().toString(), "plain", mapping);
		JsonNode actual = scores(workbook);
		assertThat(actual.at("/counts/rejected_rows").asInt()).isEqualTo(2);
		assertSame(scores(ExportWorkbooks.exampleWithRejectedRows(this.folder.resolve("typed.xlsx"), 0)), actual);
	}

	private static void assertSame(JsonNode expected, JsonNode actual) {
		// the typed sheets hold the exports' answers, not their comments: voice differs
		((tools.jackson.databind.node.ObjectNode) expected).remove("voice");
		((tools.jackson.databind.node.ObjectNode) actual).remove("voice");
		List<String> differences = new ArrayList<>();
		GoldenScoresTests.compare("", expected, actual, differences);
		GoldenScoresTests.compare("", actual, expected, differences);
		assertThat(differences).isEmpty();
	}

	private static JsonNode scores(Path workbook) throws Exception {
		return ScoresOf.workbook(workbook);
	}

}
