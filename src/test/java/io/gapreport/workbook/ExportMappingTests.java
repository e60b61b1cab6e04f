package io.gapreport.workbook;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.gapreport.workbook.TestWorkbook.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * An export read through the Mapping sheet: labels and codes turned into values, the
 * Customers rules applied, every problem pointing at the export's file, record and
 * column.
 */
class ExportMappingTests {

	private static final String AGREE = "Disagree=2; Agree = 4; strongly agree=5";

	@TempDir
	Path dir;

	@Test
	void labelsAndCodesBecomeValuesIgnoringCaseAndSurroundingSpaces() throws Exception {
		export("answers.csv", """
				id,Expect right,Right,Expect reach,Reach,Recommend,Solved
				c1, AGREE ,A4,5,A2,9,Yes
				c2,Strongly Agree,a5,4,A1,10 - Extremely likely,No
				""");
		RecordingSink sink = stream(mapped("answers.csv", "plain", row("id", "respondent"),
				row("Expect right", "E:A1", AGREE), row("right", "P:A1", "A1=1;A2=2;A3=3;A4=4;A5=5"),
				row("Expect reach", "E:V1"), row("Reach", "P:V1", "A1=1; A2=2"),
				row("Recommend", "nps", "10 - Extremely likely=10"), row("Solved", "resolved", "Yes=yes; No=no")));
		assertThat(sink.problems).isEmpty();
		assertThat(sink.customers).hasSize(2);
		assertThat(sink.customers.get(0).expected()).containsExactly(4, 5);
		assertThat(sink.customers.get(0).perceived()).containsExactly(4, 2);
		assertThat(sink.customers.get(1).expected()).containsExactly(5, 4);
		assertThat(sink.customers.get(1).perceived()).containsExactly(5, 1);
		assertThat(sink.customers.get(1).nps()).isEqualTo(10);
		assertThat(sink.customers.get(1).resolved()).isFalse();
	}

	@Test
	void problemsNameTheExportFileTheRecordNumberAndTheColumn() throws Exception {
		export("answers.csv", """
				id,E1,P1,E2,P2,nps
				c1,"Agree
				(mostly)",Agree,5,9,11
				,4,4,4,4,
				c1,4,4,4,4,
				c3,Maybe,,,,
				""");
		RecordingSink sink = stream(mapped("answers.csv", "plain", row("id", "respondent"), row("E1", "E:A1", AGREE),
				row("P1", "P:A1", AGREE), row("E2", "E:V1"), row("P2", "P:V1"), row("nps", "nps")));
		assertThat(sink.problemLines()).containsExactly("answers.csv!E1 Agree\n(mostly): not a number",
				"answers.csv!P2 9: out of scale 1-5", "answers.csv!nps 11: nps must be a whole number 0..10",
				"answers.csv row 3 : respondent id is blank", "answers.csv row 4 c1: respondent id repeats row 2",
				"answers.csv row 5 c3: no valid answer");
		assertThat(sink.customers).extracting((customer) -> customer.row()).containsExactly(2);
	}

	@Test
	void withoutARespondentColumnTheRecordNumberIsTheId() throws Exception {
		export("answers.csv", "E1,P1,E2,P2\n4,4,4,4\n\n3,3,3,3\n");
		RecordingSink sink = stream(mapped("answers.csv", "google-forms", row("E1", "E:A1"), row("P1", "P:A1"),
				row("E2", "E:V1"), row("P2", "P:V1")));
		assertThat(sink.customers).extracting((customer) -> customer.respondent()).containsExactly("2", "4");
	}

	@Test
	void qualtricsPreviewAndSpamResponsesAreRejectedWithThatReason() throws Exception {
		export("qualtrics.csv", """
				ResponseId,Status,Q1,Q2,Q3,Q4
				Response ID,Response Type,a,b,c,d
				{"ImportId":"_recordId"},{"ImportId":"status"},{},{},{},{}
				R_1,Survey Preview,4,4,4,4
				R_2,IP Address,4,4,4,4
				R_3,Spam,4,4,4,4
				""".replace("{\"ImportId\":\"_recordId\"}", "\"{\"\"ImportId\"\":\"\"_recordId\"\"}\""));
		RecordingSink sink = stream(mapped("qualtrics.csv", "qualtrics", row("ResponseId", "respondent"),
				row("Q1", "E:A1"), row("Q2", "P:A1"), row("Q3", "E:V1"), row("Q4", "P:V1")));
		assertThat(sink.problemLines()).containsExactly(
				"qualtrics.csv row 4 R_1: Status is Survey Preview (not a customer's response)",
				"qualtrics.csv row 6 R_3: Status is Spam (not a customer's response)");
		assertThat(sink.customers).extracting((customer) -> customer.respondent()).containsExactly("R_2");
	}

	@Test
	void everyWorkbookErrorOfTheMappingIsListedAtOnce() throws Exception {
		export("answers.csv", "id,E1,P1,E2,E2,P2\nc1,4,4,4,4,4\n");
		WorkbookException ex = problems(mapped("answers.csv", "plain", row("id", "respondent"),
				row("E1", "E:A1", "Agree=4; Disagree"), row("P1", "E:A1"), row("Q9", "P:A1"), row("E2", "E:V1"),
				row("P2", "mood"), row("P2", "E:XYZ"), row(null, "segment")));
		assertThat(ex.problems()).containsExactly(
				"Mapping!C3: malformed values entry \"Disagree\" (expected text=value pairs separated by ;, e.g. Agree=4; Disagree=2)",
				"Mapping!B4: field E:A1 is mapped twice (also row 3)",
				"Mapping!B7: unknown field \"mood\" (expected respondent, date, segment, channel, resolved, nps, comment, unit, E:<code> or P:<code>)",
				"Mapping!B8: field E:XYZ names an unknown item XYZ", "Mapping!B9: field segment has no export column",
				"Mapping: item V1 has no P:V1 mapping", "Mapping!A5: column \"Q9\" is not in the export answers.csv",
				"Mapping!A6: column \"E2\" is in the export 2 times (columns 4 and 5): map one by the name of the other");
	}

	@Test
	void aTextGivenTwoValuesAndAMappingWithoutItsHeaderAreWorkbookErrors() throws Exception {
		export("answers.csv", "id,E1,P1,E2,P2\nc1,4,4,4,4\n");
		assertThat(
				problems(mapped("answers.csv", "plain", row("id", "respondent"), row("E1", "E:A1", "Agree=4; agree =5"),
						row("P1", "P:A1"), row("E2", "E:V1"), row("P2", "P:V1")))
					.problems())
			.containsExactly("Mapping!C3: values entry \"agree =5\" gives the text a second value (4)");
		TestWorkbook headless = mapped("answers.csv", "plain").sheet("Mapping", row("column", "values"),
				row("id", "respondent"));
		assertThat(problems(headless).problems()).containsExactly("Mapping: missing column field (header row 1)");
	}

	@Test
	void aMissingExportFileAndAMissingMappingSheetAreWorkbookErrors() throws Exception {
		assertThat(problems(mapped("nowhere.csv", "plain", row("id", "respondent"))).problems())
			.anySatisfy((problem) -> assertThat(problem).startsWith("nowhere.csv: responses file not found"));
		export("answers.csv", "id\nc1\n");
		assertThat(problems(mapped("answers.csv", "plain").without("Mapping")).problems())
			.containsExactly("Mapping: sheet is missing (it maps the columns of the responses file answers.csv)");
		assertThat(
				problems(TestWorkbook.valid().without("Customers").sheet("Mapping", row("column", "field"))).problems())
			.containsExactly("Customers: sheet is missing (or name the export that the Mapping sheet"
					+ " maps in Engagement's responses key)");
	}

	@Test
	void badResponsesKeysAreWorkbookErrors() throws Exception {
		WorkbookException ex = problems(mapped("answers.pdf", "SPSS"));
		assertThat(ex.problems()).contains(
				"Engagement!B4: responses \"answers.pdf\" must name a .csv, .tsv, .txt, .xlsx file",
				"Engagement!B5: unknown responses_format \"SPSS\" (expected plain, google-forms, limesurvey, qualtrics, surveymonkey)");
	}

	@Test
	void customersRowsBesideAResponsesFileAreAWorkbookError() throws Exception {
		export("answers.csv", "id,E1,P1,E2,P2\nc1,4,4,4,4\n");
		TestWorkbook workbook = mapped("answers.csv", "plain", row("id", "respondent"), row("E1", "E:A1"),
				row("P1", "P:A1"), row("E2", "E:V1"), row("P2", "P:V1"));
		assertThat(problems(workbook.sheet("Customers", row("respondent", "E:A1"), row("c1", 4))).problems())
			.containsExactly("Customers: has answer rows, and responses names answers.csv: two sources of the same"
					+ " answers (empty the Customers sheet or remove the responses key)");
		try (SurveyWorkbook opened = SurveyWorkbook
			.open(workbook.sheet("Customers", row("respondent")).write(this.dir))) {
			assertThat(RecordingSink.streamed(opened).customers).hasSize(1);
			assertThat(opened.contentFiles()).extracting((file) -> file.getFileName().toString())
				.last()
				.isEqualTo("answers.csv");
		}
	}

	private TestWorkbook mapped(String responses, String format, Object[]... mapping) {
		List<Object[]> rows = new ArrayList<>();
		rows.add(row("column", "field", "values"));
		rows.addAll(List.of(mapping));
		return TestWorkbook.valid()
			.without("Customers")
			.append("Engagement", row("responses", responses), row("responses_format", format))
			.sheet("Mapping", rows.toArray(Object[][]::new));
	}

	private void export(String name, String text) throws Exception {
		Files.writeString(this.dir.resolve(name), text, StandardCharsets.UTF_8);
	}

	private RecordingSink stream(TestWorkbook workbook) throws Exception {
		try (SurveyWorkbook opened = SurveyWorkbook.open(workbook.write(this.dir))) {
			return RecordingSink.streamed(opened);
		}
	}

	private WorkbookException problems(TestWorkbook workbook) throws Exception {
		Path file = workbook.write(this.dir);
		return catchThrowableOfType(WorkbookException.class, () -> SurveyWorkbook.open(file).close());
	}

}
