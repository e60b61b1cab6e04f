package io.gapreport.workbook;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.gapreport.workbook.TestWorkbook.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Workbook errors: problems that stop a workbook, each named by sheet and cell or column,
 * all of them listed at once.
 */
class WorkbookErrorsTests {

	@TempDir
	Path dir;

	private WorkbookException problems(TestWorkbook workbook) throws Exception {
		Path file = workbook.write(this.dir);
		return catchThrowableOfType(WorkbookException.class, () -> SurveyWorkbook.open(file).close());
	}

	@Test
	void requiredSheetMissing() throws Exception {
		assertThat(problems(TestWorkbook.valid().without("Customers")).problems())
			.containsExactly("Customers: sheet is missing (the workbook's sheets: Engagement, Items)");
		assertThat(problems(TestWorkbook.valid().without("Engagement")).problems())
			.containsExactly("Engagement: sheet is missing (the workbook's sheets: Items, Customers)");
		assertThat(problems(TestWorkbook.valid().without("Items")).problems())
			.containsExactly("Items: sheet is missing (the workbook's sheets: Engagement, Customers)");
	}

	@Test
	void twoSheetsWhoseNamesDifferOnlyInCaseOrSpacesAreBothNamedNotOneDropped() throws Exception {
		assertThat(problems(TestWorkbook.valid().sheet("customers ", row("respondent", "E:A1", "P:A1", "E:V1", "P:V1")))
			.problems()).containsExactly("Customers: several sheets match the name (Customers, customers )");
	}

	@Test
	void requiredColumnMissing() throws Exception {
		assertThat(
				problems(TestWorkbook.valid().sheet("Customers", row("id", "E:A1", "P:A1", "E:V1", "P:V1"))).problems())
			.containsExactly("Customers: missing column respondent (header row 1)");
		assertThat(problems(TestWorkbook.valid().sheet("Items", row("code", "text"), row("A1", "Right?"))).problems())
			.containsExactly("Items: missing column level (header row 1)");
	}

	@Test
	void answerColumnNamingAnUnknownItem() throws Exception {
		WorkbookException ex = problems(TestWorkbook.valid()
			.sheet("Customers", row("respondent", "E:A1", "P:A1", "E:V1", "P:V1", "E:XYZ"))
			.sheet("Audits", row("visit", "D:Q9")));
		assertThat(ex.problems()).containsExactly("Customers!F1: column E:XYZ names an unknown item XYZ",
				"Audits!B1: column D:Q9 names an unknown item Q9");
	}

	@Test
	void itemWithoutExpectationOrPerceptionColumnInCustomers() throws Exception {
		assertThat(
				problems(TestWorkbook.valid().sheet("Customers", row("respondent", "E:A1", "P:A1", "P:V1"))).problems())
			.containsExactly("Customers: item V1 has no E:V1 column");
	}

	@Test
	void repeatedColumn() throws Exception {
		assertThat(problems(TestWorkbook.valid()
			.sheet("Customers", row("respondent", "E:A1", "P:A1", "E:V1", "P:V1", "e:a1", "Respondent"))).problems())
			.containsExactly("Customers!F1: column e:a1 repeats column B1",
					"Customers!G1: column Respondent repeats column A1");
	}

	@Test
	void duplicateItemCode() throws Exception {
		assertThat(problems(TestWorkbook.valid().append("Items", row("a1", "Again?", "advice"))).problems())
			.containsExactly("Items!A4: duplicate item code a1 (first at A2)");
	}

	@Test
	void unknownLevelBadCodeBlankTextAndBadWeight() throws Exception {
		WorkbookException ex = problems(TestWorkbook.valid()
			.sheet("Items", row("code", "text", "level", "dimension", "weight"),
					row("A1", "Right?", "accuracy", "reliability", 1), row("V1", "Reach?", "availability", "speed", 0),
					row("P 1", " ", "acuracy", null, "heavy")));
		assertThat(ex.problems()).containsExactly(
				"Items!D3: unknown dimension \"speed\" (expected reliability, responsiveness, assurance, empathy, tangibles)",
				"Items!E3: weight \"0\" must be a number > 0",
				"Items!A4: bad item code \"P 1\" (1-32 letters, digits, _ or -)", "Items!B4: text of item P 1 is blank",
				"Items!C4: unknown level \"acuracy\" (expected accuracy, availability, partnership, advice)",
				"Items!E4: weight \"heavy\" must be a number > 0");
	}

	@Test
	void badScaleLanguageAndMinGroupSize() throws Exception {
		WorkbookException ex = problems(TestWorkbook.valid()
			.append("Engagement", row("language", "de"), row("min_group_size", 0), row("sector", "insurance")));
		assertThat(ex.problems()).containsExactly("Engagement!B4: unknown language \"de\" (expected en, pl, cs, ru)",
				"Engagement!B5: min_group_size \"0\" must be a whole number >= 1",
				"Engagement!B6: unknown sector \"insurance\" (expected banking, retail, hospitality, logistics, telecom, public, other)");
		assertThat(problems(
				TestWorkbook.valid().sheet("Engagement", row("client", "A"), row("wave", "W"), row("scale", "7-1")))
			.problems())
			.containsExactly("Engagement!B3: bad scale \"7-1\" (expected MIN-MAX, whole numbers, e.g. 1-7)");
	}

	@Test
	void missingClientAndBlankWave() throws Exception {
		assertThat(problems(TestWorkbook.valid().sheet("Engagement", row("wave", " "))).problems()).containsExactly(
				"Engagement: missing key client (key in column A, value in column B)", "Engagement!B1: wave is blank");
	}

	@Test
	void badStandardsAndBenchmarks() throws Exception {
		WorkbookException ex = problems(TestWorkbook.valid()
			.sheet("Standards", row("code", "standard", "promised"), row("A1", 9, 4), row("ZZ", 3, 3))
			.sheet("Benchmarks", row("channel", "best", "rest"), row("phone", "82", "50%")));
		assertThat(ex.problems()).containsExactly("Standards!B2: standard \"9\" is not a number on the scale 1-5",
				"Standards!A3: code \"ZZ\" names an unknown item",
				"Benchmarks!B2: best \"82\" must be a rate 0..1 or a percentage such as 82%");
	}

	@Test
	void everyProblemOfABadWorkbookIsListedAtOnce() throws Exception {
		WorkbookException ex = problems(new TestWorkbook()
			.sheet("Engagement", row("wave", "W1"), row("language", "xx"), row("scale", "one to five"),
					row("recipients", "boss"))
			.sheet("Items", row("code", "text", "level", "weight"), row("A1", "Right?", "acuracy", -1),
					row("A1", "Again?", "accuracy"), row("V1", "Reach?", "availability"),
					row("bad code!", "Why?", "advice"))
			.sheet("Customers", row("respondent", "E:A1", "P:A1", "E:V1", "E:XYZ"))
			.sheet("Management", row("role", "E:A1", "P:ABC"))
			.sheet("Standards", row("code", "standard"), row("V1", "high")));
		assertThat(ex.problems()).containsExactly("Engagement: missing key client (key in column A, value in column B)",
				"Engagement!B3: bad scale \"one to five\" (expected MIN-MAX, whole numbers, e.g. 1-7)",
				"Engagement!B2: unknown language \"xx\" (expected en, pl, cs, ru)",
				"Engagement!B4: recipient \"boss\" is not one plain e-mail address (name@domain, no display name, comment or brackets)",
				"Items!C2: unknown level \"acuracy\" (expected accuracy, availability, partnership, advice)",
				"Items!D2: weight \"-1\" must be a number > 0", "Items!A3: duplicate item code A1 (first at A2)",
				"Items!A5: bad item code \"bad code!\" (1-32 letters, digits, _ or -)",
				"Standards!B2: standard \"high\" is not a number on the scale 1-7",
				"Customers!E1: column E:XYZ names an unknown item XYZ", "Customers: item V1 has no P:V1 column",
				"Management!C1: column P:ABC names an unknown item ABC",
				"Management: missing column respondent (header row 1)");
		assertThat(ex.getMessage()).isEqualTo(String.join("; ", ex.problems()));
	}

}
