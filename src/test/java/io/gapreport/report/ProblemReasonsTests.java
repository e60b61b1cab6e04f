package io.gapreport.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.gapreport.sample.SampleClient;
import io.gapreport.sample.SampleWorkbooks;
import io.gapreport.survey.AuditVisit;
import io.gapreport.survey.CustomerResponse;
import io.gapreport.survey.InputProblem;
import io.gapreport.survey.ManagerResponse;
import io.gapreport.survey.ResponseSink;
import io.gapreport.survey.Scale;
import io.gapreport.workbook.SurveyWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Polish report lists rejected rows and invalid cells in Polish, not in the reader's
 * English.
 */
class ProblemReasonsTests {

	@TempDir
	Path folder;

	@ParameterizedTest
	@ValueSource(strings = { "not a number", "out of scale 1-7", "error cell #DIV/0!",
			"nps must be a whole number 0..10", "resolved must be yes/no", "respondent id is blank",
			"respondent id repeats row 3", "no valid answer" })
	void everyReasonOfTheReaderIsWordedInEveryLanguage(String reason) {
		for (String language : List.of("pl", "cs", "ru")) {
			assertThat(ProblemReasons.of(reason, Messages.load(language, null))).as("%s in %s", reason, language)
				.isNotEqualTo(reason)
				.doesNotContain("{0}");
		}
		assertThat(ProblemReasons.of("respondent id repeats row 3", Messages.load("pl", null)))
			.isEqualTo("identyfikator respondenta powtarza wiersz 3");
	}

	@Test
	void theReasonsOfADirtyWorkbookAreAllKnown() throws Exception {
		Path file = this.folder.resolve("dirty.xlsx");
		SampleWorkbooks.writeOne(new SampleClient("Dirty", "2026-Q3", LocalDate.of(2026, 9, 30), "pl", Scale.DEFAULT,
				300, 8, 3, 0.05, List.of(0.0, 0.0, 0.0, 0.0), List.of()), file);
		List<String> reasons = new ArrayList<>();
		try (SurveyWorkbook workbook = SurveyWorkbook.open(file)) {
			workbook.stream(new ResponseSink() {

				@Override
				public void customer(CustomerResponse response) {
				}

				@Override
				public void manager(ManagerResponse response) {
				}

				@Override
				public void audit(AuditVisit visit) {
				}

				@Override
				public void problem(InputProblem problem) {
					reasons.add(problem.reason());
				}

			});
		}
		Messages polish = Messages.load("pl", null);
		assertThat(reasons).hasSizeGreaterThan(10)
			.allSatisfy((reason) -> assertThat(ProblemReasons.of(reason, polish)).isNotEqualTo(reason));
	}

}
