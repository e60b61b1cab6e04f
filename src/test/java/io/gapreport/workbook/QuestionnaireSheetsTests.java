package io.gapreport.workbook;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import io.gapreport.survey.Benchmark;
import io.gapreport.survey.Engagement;
import io.gapreport.survey.Question;
import io.gapreport.survey.Questionnaire;
import io.gapreport.survey.Scale;
import io.gapreport.survey.Sector;
import io.gapreport.survey.Standard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.gapreport.workbook.TestWorkbook.row;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The small sheets read when a workbook is opened: Engagement, Items, Standards,
 * Benchmarks; and how sheet names, headers and keys are matched.
 */
class QuestionnaireSheetsTests {

	@TempDir
	Path dir;

	private Questionnaire open(TestWorkbook workbook) throws Exception {
		try (SurveyWorkbook opened = SurveyWorkbook.open(workbook.write(this.dir))) {
			return opened.questionnaire();
		}
	}

	@Test
	void engagementDefaultsWhenOnlyClientAndWaveAreGiven() throws Exception {
		Engagement engagement = open(TestWorkbook.valid()
			.sheet("Engagement", row("client", "Łódź Bank"), row("wave", "2026-Q3"))
			.sheet("Items", row("code", "text", "level"), row("A1", "Right?", "accuracy"))
			.sheet("Customers", row("respondent", "E:A1", "P:A1"))).engagement();
		assertThat(engagement).isEqualTo(new Engagement("Łódź Bank", "2026-Q3", null, "en", Scale.DEFAULT, List.of(),
				null, Engagement.DEFAULT_MIN_GROUP_SIZE));
		assertThat(engagement.sector()).isEqualTo(Sector.OTHER);
	}

	@Test
	void engagementReadsEveryKey() throws Exception {
		Engagement engagement = open(TestWorkbook.valid()
			.sheet("Engagement", row(" CLIENT ", " Acme "), row("Wave", "W1"),
					row("wave_date", LocalDate.of(2026, 3, 31)), row("language", "PL"), row("scale", "0 - 10"),
					row("recipients", "a@x.pl; b@x.pl , "), row("consultant", "Jan Nowak"), row("min_group_size", 3),
					row(" Sector ", " Hospitality "), row("extra key", "ignored"))
			.sheet("Customers", row("respondent", "E:A1", "P:A1", "E:V1", "P:V1"))).engagement();
		assertThat(engagement).isEqualTo(new Engagement("Acme", "W1", LocalDate.of(2026, 3, 31), "pl", new Scale(0, 10),
				List.of("a@x.pl", "b@x.pl"), "Jan Nowak", 3, Sector.HOSPITALITY));
	}

	@Test
	void waveDateMayBeIsoText() throws Exception {
		Engagement engagement = open(TestWorkbook.valid().append("Engagement", row("wave_date", "2026-01-31")))
			.engagement();
		assertThat(engagement.waveDate()).isEqualTo(LocalDate.of(2026, 1, 31));
	}

	@Test
	void itemsKeepTheirOrderTextDimensionAndWeight() throws Exception {
		List<Question> questions = open(TestWorkbook.valid()
			.sheet("Items", row("Code", "TEXT", "level", "dimension", "weight", "notes"),
					row("V1", " Easy to reach? ", "Availability", "Responsiveness", 1.5, "x"),
					row("A1", "Right first time?", "accuracy", null, null)))
			.questions();
		assertThat(questions).containsExactly(
				new Question("V1", " Easy to reach? ", io.gapreport.survey.Level.AVAILABILITY, "responsiveness", 1.5),
				new Question("A1", "Right first time?", io.gapreport.survey.Level.ACCURACY, null, null));
	}

	@Test
	void headersSheetNamesAndItemCodesMatchWhateverTheCaseAndSpaces() throws Exception {
		TestWorkbook workbook = TestWorkbook.valid()
			.sheet(" customers ", row(" RESPONDENT ", " e:a1 ", "p:A1", "E: v1", "P:V1 "), row("c1", 5, 4, 3, 2));
		workbook.without("Customers");
		try (SurveyWorkbook opened = SurveyWorkbook.open(workbook.write(this.dir))) {
			RecordingSink sink = RecordingSink.streamed(opened);
			assertThat(sink.customers.get(0).expected()).containsExactly(5, 3);
			assertThat(sink.customers.get(0).perceived()).containsExactly(4, 2);
		}
	}

	@Test
	void extraColumnsAndSheetsAreIgnored() throws Exception {
		TestWorkbook workbook = TestWorkbook.valid()
			.sheet("Customers", row("Start time", "respondent", "E:A1", "IP address", "P:A1", "E:V1", "P:V1", "X:A1"),
					row("09:00", "c1", 5, "10.0.0.1", 4, 3, 2, "x"))
			.sheet("Notes", row("anything", "at all"));
		try (SurveyWorkbook opened = SurveyWorkbook.open(workbook.write(this.dir))) {
			RecordingSink sink = RecordingSink.streamed(opened);
			assertThat(sink.problems).isEmpty();
			assertThat(sink.customers.get(0).expected()).containsExactly(5, 3);
			assertThat(opened.questionnaire().hasManagement()).isFalse();
			assertThat(opened.questionnaire().hasAudits()).isFalse();
		}
	}

	@Test
	void standardsAreKeyedByItemCodeAsItemsSpellsIt() throws Exception {
		Questionnaire questionnaire = open(TestWorkbook.valid()
			.sheet("Standards", row("code", "standard", "promised"), row("a1", 4, 5), row("V1", "3,5", "N/A")));
		assertThat(questionnaire.standards()).containsEntry("A1", new Standard("A1", 4.0, 5.0))
			.containsEntry("V1", new Standard("V1", 3.5, null));
	}

	@Test
	void benchmarksOverrideBuiltInOnesPerChannelAndAddNewChannels() throws Exception {
		Questionnaire questionnaire = open(TestWorkbook.valid()
			.sheet("Benchmarks", row("channel", "best", "rest"), row("Web", "70%", 0.5), row("E-mail", 0.9, "40 %")));
		assertThat(questionnaire.benchmarks()).containsExactly(Benchmark.BUILT_IN.get(0),
				new Benchmark("email", 0.9, 0.4), Benchmark.BUILT_IN.get(2), new Benchmark("web", 0.7, 0.5));
	}

	@Test
	void emptyOptionalSheetsAreNoError() throws Exception {
		Questionnaire questionnaire = open(
				TestWorkbook.valid().sheet("Management").sheet("Audits").sheet("Standards").sheet("Benchmarks"));
		assertThat(questionnaire.hasManagement()).isTrue();
		assertThat(questionnaire.standards()).isEmpty();
		assertThat(questionnaire.benchmarks()).isEqualTo(Benchmark.BUILT_IN);
	}

}
