package io.gapreport.workbook;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.gapreport.survey.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.gapreport.workbook.TestWorkbook.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Units (contract units.md, version 4): the optional {@code unit} columns of Customers,
 * Management and Audits, the optional Units sheet, and the workbook errors they bring.
 */
class UnitsReadingTests {

	@TempDir
	Path dir;

	@Test
	void customersManagersAndAuditsCarryTheirUnitTrimmed() throws Exception {
		TestWorkbook workbook = TestWorkbook.valid()
			.sheet("Customers", row("respondent", "unit", "E:A1", "P:A1", "E:V1", "P:V1"),
					row("c1", " Łódź Centrum ", 5, 4, 4, 3), row("c2", "", 4, 4, 5, 2), row("c3", "Kraków", 3, 5, 4, 4))
			.sheet("Management", row("respondent", "unit", "E:A1", "P:A1"), row("m1", "KRAKÓW", 4, 4),
					row("m2", null, 5, 5))
			.sheet("Audits", row("visit", "unit", "D:A1"), row("v1", "łódź centrum", 3), row("v2", "", 4));
		RecordingSink sink = stream(workbook);
		assertThat(sink.customers).extracting((customer) -> customer.unit())
			.containsExactly("Łódź Centrum", null, "Kraków");
		assertThat(sink.managers).extracting((manager) -> manager.unit()).containsExactly("KRAKÓW", null);
		assertThat(sink.audits).extracting((audit) -> audit.unit()).containsExactly("łódź centrum", null);
	}

	@Test
	void unitsAreComparedTrimmedAndIgnoringCaseWithUnicodeCaseFolding() {
		assertThat(Unit.keyOf(" ŁÓDŹ CENTRUM ")).isEqualTo(Unit.keyOf("łódź centrum"))
			.isEqualTo(Unit.keyOf("Łódź Centrum"));
		assertThat(Unit.keyOf("STRASSE")).isEqualTo(Unit.keyOf("straße"));
		assertThat(Unit.keyOf("ΟΔΟΣ")).isEqualTo(Unit.keyOf("οδος"));
		// a decomposed ó (o + combining acute) is the same unit as a composed one
		assertThat(Unit.keyOf("Krako\u0301w")).isEqualTo(Unit.keyOf("Kraków"));
		assertThat(Unit.keyOf("Kraków")).isNotEqualTo(Unit.keyOf("Krakow"));
	}

	@Test
	void theUnitsSheetGivesPrintedNamesAndRecipientsInSheetOrder() throws Exception {
		TestWorkbook workbook = TestWorkbook.valid()
			.sheet("Units", row("unit", "name", "recipients"),
					row("Kraków Rynek", "Oddział Kraków Rynek", "anna@bank.pl; piotr@bank.pl"),
					row(" Poznań ", null, null));
		try (SurveyWorkbook opened = SurveyWorkbook.open(workbook.write(this.dir))) {
			assertThat(opened.questionnaire().units()).containsExactly(
					new Unit("Kraków Rynek", "Oddział Kraków Rynek",
							java.util.List.of("anna@bank.pl", "piotr@bank.pl")),
					new Unit("Poznań", "Poznań", java.util.List.of()));
		}
	}

	@Test
	void unitsSheetErrorsAreNamedBySheetAndCell() throws Exception {
		WorkbookException ex = problems(TestWorkbook.valid()
			.sheet("Units", row("unit", "name", "recipients"), row("Kraków", "K", "anna@bank.pl"),
					row(null, "Nameless", null), row(" KRAKÓW ", null, null),
					row("Gdańsk", null, "Anna <anna@bank.pl>"), row("Gdansk", null, null)));
		assertThat(ex.problems()).containsExactly(
				"Units!A3: unit is blank (type the unit as the Customers sheet writes it, or delete the row)",
				"Units!A4: unit \"KRAKÓW\" is given twice (also row 2)",
				"Units!C5: recipient \"Anna <anna@bank.pl>\" is not one plain e-mail address"
						+ " (name@domain, no display name, comment or brackets)",
				"Units!A6: unit \"Gdansk\" and unit \"Gdańsk\" (Units!A5) would share the report folder units/gdansk"
						+ " (rename one of them)");
	}

	@Test
	void twoUnitsOfTheCustomersSheetWithOneFolderNameStopTheWorkbook() throws Exception {
		Path file = TestWorkbook.valid()
			.sheet("Customers", row("respondent", "unit", "E:A1", "P:A1", "E:V1", "P:V1"),
					row("c1", "Łódź", 5, 4, 4, 3), row("c2", "LÓDŹ", 4, 4, 5, 2), row("c3", "Lodz", 3, 5, 4, 4))
			.write(this.dir);
		try (SurveyWorkbook opened = SurveyWorkbook.open(file)) {
			WorkbookException ex = catchThrowableOfType(WorkbookException.class,
					() -> opened.stream(new RecordingSink()));
			assertThat(ex.problems()).containsExactly(
					"Customers!B3: unit \"LÓDŹ\" and unit \"Łódź\" (Customers!B2) would share the report folder"
							+ " units/lodz (rename one of them)",
					"Customers!B4: unit \"Lodz\" and unit \"Łódź\" (Customers!B2) would share the report folder"
							+ " units/lodz (rename one of them)");
		}
	}

	@Test
	void aSurveyToolExportGivesCustomersTheirUnitThroughTheMapping() throws Exception {
		Files.writeString(this.dir.resolve("answers.csv"), """
				id,Branch,E1,P1,E2,P2
				c1, Kraków ,4,4,4,4
				c2,,5,3,5,3
				""", StandardCharsets.UTF_8);
		RecordingSink sink = stream(TestWorkbook.valid()
			.without("Customers")
			.append("Engagement", row("responses", "answers.csv"), row("responses_format", "plain"))
			.sheet("Mapping", row("column", "field"), row("id", "respondent"), row("Branch", "unit"), row("E1", "E:A1"),
					row("P1", "P:A1"), row("E2", "E:V1"), row("P2", "P:V1")));
		assertThat(sink.problems).isEmpty();
		assertThat(sink.customers).extracting((customer) -> customer.unit()).containsExactly("Kraków", null);
	}

	private RecordingSink stream(TestWorkbook workbook) throws Exception {
		return workbook.streamed(this.dir);
	}

	private WorkbookException problems(TestWorkbook workbook) throws Exception {
		return workbook.problems(this.dir);
	}

}
