package io.gapreport.workbook;

import java.net.URISyntaxException;
import java.nio.file.Path;

import io.gapreport.survey.Benchmark;
import io.gapreport.survey.Level;
import io.gapreport.survey.Questionnaire;
import io.gapreport.survey.Scale;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads {@code example-small.xlsx}, the workbook of the scoring contract's worked
 * example.
 */
class ExampleWorkbookTests {

	private static Path example() throws URISyntaxException {
		return Path.of(ExampleWorkbookTests.class.getResource("/example-small.xlsx").toURI());
	}

	@Test
	void readsTheQuestionnaire() throws Exception {
		try (SurveyWorkbook workbook = SurveyWorkbook.open(example())) {
			Questionnaire questionnaire = workbook.questionnaire();
			assertThat(questionnaire.engagement().client()).isEqualTo("Example Café");
			assertThat(questionnaire.engagement().wave()).isEqualTo("2026-W1");
			assertThat(questionnaire.engagement().language()).isEqualTo("en");
			assertThat(questionnaire.engagement().scale()).isEqualTo(new Scale(1, 5));
			assertThat(questionnaire.engagement().minGroupSize()).isEqualTo(3);
			assertThat(questionnaire.questions()).extracting("code").containsExactly("A1", "A2", "V1", "V2", "P1");
			assertThat(questionnaire.questions()).extracting("level")
				.containsExactly(Level.ACCURACY, Level.ACCURACY, Level.AVAILABILITY, Level.AVAILABILITY,
						Level.PARTNERSHIP);
			assertThat(questionnaire.questions()).extracting("weight").containsExactly(2.0, 1.0, 1.0, 1.0, 1.0);
			assertThat(questionnaire.standards()).hasSize(5);
			assertThat(questionnaire.standards().get("V2").standard()).isEqualTo(3.0);
			assertThat(questionnaire.standards().get("V2").promised()).isEqualTo(4.0);
			assertThat(questionnaire.benchmarks()).isEqualTo(Benchmark.BUILT_IN);
			assertThat(questionnaire.hasManagement()).isTrue();
			assertThat(questionnaire.hasAudits()).isTrue();
		}
	}

	@Test
	void streamsKeptRowsAndListsProblemsWithTheirReferences() throws Exception {
		try (SurveyWorkbook workbook = SurveyWorkbook.open(example())) {
			RecordingSink sink = RecordingSink.streamed(workbook);
			assertThat(sink.customers).extracting("respondent").containsExactly("c1", "c2", "c3", "c4", "c5");
			assertThat(sink.managers).extracting("respondent").containsExactly("m1", "m2");
			assertThat(sink.audits).extracting("visit").containsExactly("v1", "v2");
			assertThat(sink.problemLines()).containsExactly("Customers!H5 abc: not a number",
					"Customers row 7 c2: respondent id repeats row 3", "Customers row 8 c6: no valid answer");
			assertThat(sink.problems.stream().filter((p) -> p.isRejectedRow())).hasSize(2);
			assertThat(sink.events).containsSubsequence("problem Customers!H5", "customer 5");
		}
	}

	@Test
	void keepsAnswersChannelsAndResolvedAsWritten() throws Exception {
		try (SurveyWorkbook workbook = SurveyWorkbook.open(example())) {
			RecordingSink sink = RecordingSink.streamed(workbook);
			var c4 = sink.customers.get(3);
			assertThat(c4.row()).isEqualTo(5);
			assertThat(c4.channel()).isEqualTo("email");
			assertThat(c4.segment()).isEqualTo("Business");
			assertThat(c4.resolved()).isFalse();
			assertThat(c4.nps()).isEqualTo(7);
			assertThat(c4.expected()).containsExactly(5, Double.NaN, 4, 3, Double.NaN);
			assertThat(c4.perceived()).containsExactly(3, 4, 4, 2, Double.NaN);
			assertThat(sink.customers.get(4).resolved()).isTrue();
			assertThat(sink.managers.get(1).role()).isEqualTo("Head of service");
			assertThat(sink.audits.get(1).location()).isEqualTo("Main St");
			assertThat(sink.audits.get(1).delivered()).containsExactly(5, 3, 4, 2, 3);
		}
	}

}
