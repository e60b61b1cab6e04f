package io.gapreport.workbook;

import java.nio.file.Path;

import io.gapreport.survey.CustomerResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.gapreport.workbook.TestWorkbook.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Workbooks that must not give a confident report: no usable customer answer, answers on
 * another scale, placeholders, names no report or mail server can carry; and the help a
 * consultant gets with a misspelled sheet or the words of their own language.
 */
class UnreportableWorkbookTests {

	@TempDir
	Path dir;

	@Test
	void aWorkbookWithoutCustomerRowsIsAWorkbookError() throws Exception {
		assertThat(streamed(TestWorkbook.valid().sheet("Customers", row("respondent", "E:A1", "P:A1", "E:V1", "P:V1"))))
			.isEqualTo("Customers: no customer rows below the header: nothing to report");
	}

	@Test
	void aWorkbookWhoseCustomerRowsAreAllRejectedIsAWorkbookError() throws Exception {
		assertThat(streamed(TestWorkbook.valid()
			.sheet("Customers", row("respondent", "E:A1", "P:A1", "E:V1", "P:V1"), row("c1", "N/A", null, "x", null),
					row(null, 3, 4, 5, 5))))
			.isEqualTo("Customers: none of the 2 customer rows has a valid answer (see the rejected rows): "
					+ "nothing to report");
	}

	@Test
	void answersOnAnotherScaleFailNamingTheScaleTheyFit() throws Exception {
		TestWorkbook workbook = TestWorkbook.valid()
			.sheet("Customers", row("respondent", "E:A1", "P:A1", "E:V1", "P:V1"), row("c1", 10, 8, 9, 3),
					row("c2", 7, 2, 8, 1), row("c3", 5, 6, 10, 9));
		assertThat(streamed(workbook)).startsWith("Customers: the scale looks wrong: 8 of 12 answers (67%) are "
				+ "outside the scale 1-5 (Engagement!B3), and they run from 1 to 10, which fits a 1-10 scale: set scale to 1-10");
	}

	@Test
	void aFewAnswersOffTheScaleAreInvalidCellsNotAWrongScale() throws Exception {
		TestWorkbook workbook = TestWorkbook.valid()
			.append("Customers", row("c4", "Retail", "phone", "yes", 9, 6, 4, 4, 3));
		try (SurveyWorkbook opened = SurveyWorkbook.open(workbook.write(this.dir))) {
			RecordingSink sink = new RecordingSink();
			opened.stream(sink);
			assertThat(sink.customers).hasSize(4);
			assertThat(sink.problemLines()).containsExactly("Customers!F5 6: out of scale 1-5");
		}
	}

	@Test
	void aMisspelledSheetIsNamedWithTheSheetsThatAreThere() throws Exception {
		TestWorkbook workbook = TestWorkbook.valid();
		workbook.sheet("Custmers", row("respondent", "E:A1", "P:A1", "E:V1", "P:V1")).without("Customers");
		assertThat(opened(workbook)).containsExactly(
				"Customers: sheet is missing (did you mean \"Custmers\"? the workbook's sheets: Engagement, Items, Custmers)");
	}

	@Test
	void placeholderRecipientsAreAWorkbookErrorNamingTheCell() throws Exception {
		assertThat(opened(engagement("Acme", "first.recipient@example.com; anna@acme.com")))
			.containsExactly("Engagement!B4: recipients first.recipient@example.com are the template's placeholders: "
					+ "type the real addresses, or leave recipients blank");
	}

	@Test
	void recipientsAreOnePlainAddressEach() throws Exception {
		assertThat(opened(engagement("Acme", "x@y.z<evil@a.b>; a@; Anna <anna@acme.com>; (c) b@acme.com")))
			.containsExactly(refused("x@y.z<evil@a.b>"), refused("a@"), refused("Anna <anna@acme.com>"),
					refused("(c) b@acme.com"));
	}

	@Test
	void aRecipientRepeatedInOtherCaseGetsOneCopy() throws Exception {
		try (SurveyWorkbook opened = SurveyWorkbook
			.open(engagement("Acme", "Boss@Example.com; boss@example.com,BOSS@example.COM; anna@acme.com")
				.write(this.dir))) {
			assertThat(opened.questionnaire().engagement().recipients()).containsExactly("Boss@Example.com",
					"anna@acme.com");
		}
	}

	@Test
	void aClientNoDatabaseOrReportCanCarryIsAWorkbookError() throws Exception {
		assertThat(opened(engagement("Acme\nCorp", ""))).containsExactly(
				"Engagement!B1: client contains a control character (such as a line break or NUL): type it on one line");
		assertThat(opened(engagement("A".repeat(1001), "")))
			.containsExactly("Engagement!B1: client is 1001 characters long (at most 200)");
	}

	@Test
	void resolvedTakesYesAndNoInEveryReportLanguage() throws Exception {
		TestWorkbook workbook = TestWorkbook.valid()
			.sheet("Customers", row("respondent", "resolved", "E:A1", "P:A1", "E:V1", "P:V1"),
					row("c1", "tak", 4, 4, 4, 4), row("c2", "Nie", 4, 4, 4, 4), row("c3", "ano", 4, 4, 4, 4),
					row("c4", "ne", 4, 4, 4, 4), row("c5", "Да", 4, 4, 4, 4), row("c6", "нет", 4, 4, 4, 4));
		try (SurveyWorkbook opened = SurveyWorkbook.open(workbook.write(this.dir))) {
			RecordingSink sink = new RecordingSink();
			opened.stream(sink);
			assertThat(sink.problems).isEmpty();
			assertThat(sink.customers).extracting(CustomerResponse::resolved)
				.containsExactly(true, false, true, false, true, false);
		}
	}

	private static String refused(String address) {
		return "Engagement!B4: recipient \"" + address
				+ "\" is not one plain e-mail address (name@domain, no display name, comment or brackets)";
	}

	private static TestWorkbook engagement(String client, String recipients) {
		return TestWorkbook.valid()
			.sheet("Engagement", row("client", client), row("wave", "2026-Q1"), row("scale", "1-5"),
					row("recipients", recipients));
	}

	private java.util.List<String> opened(TestWorkbook workbook) throws Exception {
		Path file = workbook.write(this.dir);
		return catchThrowableOfType(WorkbookException.class, () -> SurveyWorkbook.open(file).close()).problems();
	}

	private String streamed(TestWorkbook workbook) throws Exception {
		try (SurveyWorkbook opened = SurveyWorkbook.open(workbook.write(this.dir))) {
			return catchThrowableOfType(WorkbookException.class, () -> opened.stream(new RecordingSink())).getMessage();
		}
	}

}
