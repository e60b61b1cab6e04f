package io.gapreport.report;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.gapreport.scoring.UnitScore;
import io.gapreport.scoring.UnitsAccumulator;
import io.gapreport.scoring.WorkbookScores;
import io.gapreport.survey.Engagement;
import io.gapreport.survey.Questionnaire;
import io.gapreport.workbook.SurveyWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The units example's reports as a reader sees them, in every language: a unit's page 1
 * names the unit and its standing against the rest in words; the client's report lists
 * every unit, suppressed ones with n only.
 */
class UnitPagesTests {

	private static final Map<String, List<String>> WORDS = Map.of("en",
			List.of("against the rest of the organisation", "below the rest", "like the rest", "Units",
					"fewer than 3 customers: not shown separately"),
			"pl",
			List.of("na tle reszty organizacji", "poniżej reszty", "na poziomie reszty", "Jednostki",
					"mniej niż 3 klientów: nie pokazano osobno"),
			"cs",
			List.of("ve srovnání se zbytkem organizace", "pod úrovní ostatních", "na úrovni ostatních", "Jednotky",
					"méně než 3 zákazníků: neuvádí se samostatně"),
			"ru", List.of("относительно остальной организации", "ниже остальных", "на уровне остальных",
					"Подразделения", "менее 3 клиентов: отдельно не показано"));

	@TempDir
	Path folder;

	@ParameterizedTest
	@ValueSource(strings = { "en", "pl", "cs", "ru" })
	void aUnitsPageOneSaysWhereItStandsAndTheClientsReportListsEveryUnit(String language) throws Exception {
		Path workbook = Path.of(UnitPagesTests.class.getResource("/golden-units/units-example.xlsx").toURI());
		try (SurveyWorkbook opened = SurveyWorkbook.open(workbook)) {
			Questionnaire questionnaire = inLanguage(opened.questionnaire(), language);
			var accumulator = new UnitsAccumulator(questionnaire);
			opened.stream(accumulator);
			WorkbookScores scores = accumulator.scores(List.of(), (unit) -> List.of());
			UnitScore gdansk = scores.units().get(3);
			List<String> words = WORDS.get(language);

			Path unitPdf = render(scores.units().get(3).scores(), gdansk, List.of());
			String pageOne = PdfText.pages(unitPdf).get(0);
			assertThat(pageOne).contains("Gdańsk " + words.get(0)).contains(words.get(1));

			Path clientPdf = render(scores.client(), null, scores.units());
			String text = PdfText.of(clientPdf);
			assertThat(text).contains(words.get(3), "Oddział Kraków Rynek", "Poznań", "Oddział Wrocław", words.get(4));
			if (!language.equals("en")) {
				assertThat(text).doesNotContain("below the rest", "like the rest", "not shown separately");
			}
		}
	}

	private Path render(io.gapreport.scoring.Scores scores, UnitScore unit, List<UnitScore> units) throws Exception {
		Path pdf = Files.createTempFile(this.folder, "report", ".pdf");
		PdfReport report = PdfReport.packaged();
		try (OutputStream out = Files.newOutputStream(pdf)) {
			report.render(report.model(scores, List.of(), LocalDate.of(2026, 12, 6), unit, units), out);
		}
		return pdf;
	}

	static Questionnaire inLanguage(Questionnaire questionnaire, String language) {
		Engagement e = questionnaire.engagement();
		var engagement = new Engagement(e.client(), e.wave(), e.waveDate(), language, e.scale(), e.recipients(),
				e.consultant(), e.minGroupSize(), e.sector());
		return new Questionnaire(engagement, questionnaire.questions(), questionnaire.standards(),
				questionnaire.benchmarks(), questionnaire.hasManagement(), questionnaire.hasAudits(),
				questionnaire.units(), questionnaire.themes());
	}

}
