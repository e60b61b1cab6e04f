package io.gapreport.workbook;

import java.nio.file.Path;

import io.gapreport.survey.CustomerResponse;
import org.apache.poi.ss.usermodel.FormulaError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.gapreport.workbook.TestWorkbook.row;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cell rules of the Customers, Management and Audits sheets: answers, invalid cells,
 * rejected rows.
 */
class RespondentRowsTests {

	@TempDir
	Path dir;

	private RecordingSink stream(TestWorkbook workbook) throws Exception {
		try (SurveyWorkbook opened = SurveyWorkbook.open(workbook.write(this.dir))) {
			return RecordingSink.streamed(opened);
		}
	}

	private RecordingSink customers(Object[]... rows) throws Exception {
		TestWorkbook workbook = TestWorkbook.valid()
			.sheet("Customers", row("respondent", "channel", "resolved", "nps", "E:A1", "P:A1", "E:V1", "P:V1"));
		return stream(workbook.append("Customers", rows));
	}

	@Test
	void answersAreNumbersOrTextThatParsesAsOne() throws Exception {
		RecordingSink sink = customers(row("c1", null, null, null, 5, "4", "3,0", " 2.5 "));
		assertThat(sink.problems).isEmpty();
		assertThat(sink.customers.get(0).expected()).containsExactly(5, 3);
		assertThat(sink.customers.get(0).perceived()).containsExactly(4, 2.5);
	}

	@Test
	void blankNotApplicableDashAndQuestionMarkMeanNotAnswered() throws Exception {
		RecordingSink sink = customers(row("c1", null, null, null, 5, "N/A", "n/a", "-"),
				row("c2", null, null, null, "?", " ", null, 1));
		assertThat(sink.problems).isEmpty();
		assertThat(sink.customers.get(0).perceived()).containsExactly(Double.NaN, Double.NaN);
		assertThat(sink.customers.get(0).expected()).containsExactly(5, Double.NaN);
		assertThat(sink.customers.get(1).expected()).containsExactly(Double.NaN, Double.NaN);
	}

	@Test
	void answerOutOfScaleIsAnInvalidCell() throws Exception {
		RecordingSink sink = customers(row("c1", null, null, null, 6, 0, 4, 4));
		assertThat(sink.problemLines()).containsExactly("Customers!E2 6: out of scale 1-5",
				"Customers!F2 0: out of scale 1-5");
		assertThat(sink.customers.get(0).expected()).containsExactly(Double.NaN, 4);
	}

	@Test
	void answerTextIsAnInvalidCell() throws Exception {
		RecordingSink sink = customers(row("c1", null, null, null, "five", "4x", "0x1p2", 4));
		assertThat(sink.problemLines()).containsExactly("Customers!E2 five: not a number",
				"Customers!F2 4x: not a number", "Customers!G2 0x1p2: not a number");
	}

	@Test
	void errorCellIsAnInvalidCell() throws Exception {
		RecordingSink sink = customers(row("c1", null, null, null, FormulaError.DIV0, FormulaError.NA, 4, 4));
		assertThat(sink.problemLines()).containsExactly("Customers!E2 #DIV/0!: error cell #DIV/0!",
				"Customers!F2 #N/A: error cell #N/A");
	}

	@Test
	void npsMustBeAWholeNumberFromZeroToTen() throws Exception {
		RecordingSink sink = customers(row("c1", null, null, 0, 5), row("c2", null, null, "10", 5),
				row("c3", null, null, 11, 5), row("c4", null, null, 7.5, 5), row("c5", null, null, "high", 5),
				row("c6", null, null, "N/A", 5));
		assertThat(sink.customers).extracting(CustomerResponse::nps).containsExactly(0, 10, null, null, null, null);
		assertThat(sink.problemLines()).containsExactly("Customers!D4 11: nps must be a whole number 0..10",
				"Customers!D5 7.5: nps must be a whole number 0..10",
				"Customers!D6 high: nps must be a whole number 0..10");
	}

	@Test
	void resolvedIsYesOrNoInAnyOfItsSpellings() throws Exception {
		RecordingSink sink = customers(row("c1", null, "Yes", null, 5), row("c2", null, "N", null, 5),
				row("c3", null, "TRUE", null, 5), row("c4", null, "false", null, 5), row("c5", null, 1, null, 5),
				row("c6", null, 0, null, 5), row("c7", null, true, null, 5), row("c8", null, "maybe", null, 5),
				row("c9", null, null, null, 5));
		assertThat(sink.customers).extracting(CustomerResponse::resolved)
			.containsExactly(true, false, true, false, true, false, true, null, null);
		assertThat(sink.problemLines()).containsExactly("Customers!C9 maybe: resolved must be yes/no");
	}

	@Test
	void channelIsTrimmedAndLowerCaseWithEmailSpelledOneWay() throws Exception {
		RecordingSink sink = customers(row("c1", " Phone ", null, null, 5), row("c2", "E-Mail", null, null, 5),
				row("c3", "  ", null, null, 5), row("c4", "In-Person", null, null, 5));
		assertThat(sink.customers).extracting(CustomerResponse::channel)
			.containsExactly("phone", "email", null, "in-person");
	}

	@Test
	void segmentAndCommentAreTrimmedAndBlankIsNull() throws Exception {
		TestWorkbook workbook = TestWorkbook.valid()
			.sheet("Customers", row("respondent", "segment", "comment", "E:A1", "P:A1", "E:V1", "P:V1"),
					row(" 17 ", "  Retail ", "  slow  ", 5), row(42, " ", null, 5));
		RecordingSink sink = stream(workbook);
		assertThat(sink.customers).extracting(CustomerResponse::respondent).containsExactly("17", "42");
		assertThat(sink.customers).extracting(CustomerResponse::segment).containsExactly("Retail", null);
		assertThat(sink.customers).extracting(CustomerResponse::comment).containsExactly("slow", null);
	}

	@Test
	void rowWithBlankIdIsRejectedWithoutItsInvalidCells() throws Exception {
		RecordingSink sink = customers(row(" ", null, null, 9, 5, 9));
		assertThat(sink.customers).isEmpty();
		assertThat(sink.problemLines()).containsExactly("Customers row 2 : respondent id is blank");
		assertThat(sink.problems.get(0).cell()).isEmpty();
	}

	@Test
	void rowRepeatingAnEarlierIdIsRejected() throws Exception {
		RecordingSink sink = customers(row("c1", null, null, null, 5), row("c2", null, null, null, 5),
				row("c1", null, null, null, 4, "bad"));
		assertThat(sink.customers).extracting(CustomerResponse::row).containsExactly(2, 3);
		assertThat(sink.problemLines()).containsExactly("Customers row 4 c1: respondent id repeats row 2");
	}

	@Test
	void rowWithNoValidAnswerIsRejected() throws Exception {
		RecordingSink sink = customers(row("c1", "phone", "yes", "N/A", "N/A", 9, "x"));
		assertThat(sink.customers).isEmpty();
		assertThat(sink.problemLines()).containsExactly("Customers row 2 c1: no valid answer");
	}

	@Test
	void validNpsAloneKeepsTheRow() throws Exception {
		RecordingSink sink = customers(row("c1", null, null, 8, 9));
		assertThat(sink.customers).hasSize(1);
		assertThat(sink.problemLines()).containsExactly("Customers!E2 9: out of scale 1-5");
	}

	@Test
	void fullyBlankRowsAreSkippedSilently() throws Exception {
		RecordingSink sink = customers(row("c1", null, null, null, 5), row(" ", "", null), row(),
				row("c2", null, null, null, 4));
		assertThat(sink.customers).extracting(CustomerResponse::row).containsExactly(2, 5);
		assertThat(sink.problems).isEmpty();
	}

	@Test
	void invalidCellsArriveBeforeTheirRow() throws Exception {
		RecordingSink sink = customers(row("c1", null, null, null, 5), row("c2", null, null, null, 7, 4));
		assertThat(sink.events).containsExactly("customer 2", "problem Customers!E3", "customer 3");
	}

	@Test
	void managementRowsFollowTheSameRules() throws Exception {
		TestWorkbook workbook = TestWorkbook.valid()
			.sheet("Management", row("respondent", "role", "E:A1", "P:V1"), row("m1", " CEO ", 4, 9),
					row("m1", "COO", 4, 4), row(null, "CFO", 3, 3), row("m4", "CTO", "N/A", "x"));
		RecordingSink sink = stream(workbook);
		assertThat(sink.managers).hasSize(1);
		assertThat(sink.managers.get(0).role()).isEqualTo("CEO");
		assertThat(sink.managers.get(0).expected()).containsExactly(4, Double.NaN);
		assertThat(sink.managers.get(0).perceived()).containsExactly(Double.NaN, Double.NaN);
		assertThat(sink.problemLines()).containsExactly("Management!D2 9: out of scale 1-5",
				"Management row 3 m1: respondent id repeats row 2", "Management row 4 : respondent id is blank",
				"Management row 5 m4: no valid answer");
	}

	@Test
	void auditRowsAreNeverRejectedButListTheirInvalidCells() throws Exception {
		TestWorkbook workbook = TestWorkbook.valid()
			.sheet("Audits", row("visit", "date", "location", "D:V1", "D:A1"),
					row("v1", java.time.LocalDate.of(2026, 1, 10), "Main St", 4, "N/A"), row(),
					row(null, null, null, "x", 9));
		RecordingSink sink = stream(workbook);
		assertThat(sink.audits).hasSize(2);
		assertThat(sink.audits.get(0).delivered()).containsExactly(Double.NaN, 4);
		assertThat(sink.audits.get(1).visit()).isNull();
		assertThat(sink.problemLines()).containsExactly("Audits!D4 x: not a number", "Audits!E4 9: out of scale 1-5");
	}

	@Test
	void sheetsStreamCustomersThenManagementThenAudits() throws Exception {
		TestWorkbook workbook = TestWorkbook.valid()
			.sheet("Audits", row("D:A1"), row(3))
			.sheet("Management", row("respondent", "E:A1"), row("m1", 3));
		RecordingSink sink = stream(workbook);
		assertThat(sink.events).containsExactly("customer 2", "customer 3", "customer 4", "manager 2", "audit 2");
	}

}
