package io.gapreport.sample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.gapreport.scoring.ScoreAccumulator;
import io.gapreport.scoring.Scores;
import io.gapreport.scoring.Standing;
import io.gapreport.scoring.UnitScore;
import io.gapreport.scoring.UnitsAccumulator;
import io.gapreport.scoring.WorkbookScores;
import io.gapreport.survey.Level;
import io.gapreport.survey.Question;
import io.gapreport.survey.Scale;
import io.gapreport.survey.Sector;
import io.gapreport.workbook.SurveyWorkbook;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Synthetic workbooks read back by the product's own reader, and the template read back
 * with POI.
 */
class SampleWorkbooksTests {

	@TempDir
	Path folder;

	@Test
	void theSameSeedWritesTheSameWorkbooks() throws Exception {
		var spec = new SampleSpec(2, 50, 8, 42);
		List<Path> first = SampleWorkbooks.write(spec, this.folder.resolve("a"));
		List<Path> second = SampleWorkbooks.write(spec, this.folder.resolve("b"));
		assertThat(first).hasSize(2);
		for (int i = 0; i < first.size(); i++) {
			assertThat(cells(first.get(i))).isEqualTo(cells(second.get(i)));
		}
	}

	@Test
	void aSampleBankHasItsSectorAndIsAskedAboutTransfersAndAdvisersNotOrdersOrReturns() throws Exception {
		Path bank = this.folder.resolve("bank.xlsx");
		SampleClient client = client("Łódź Bank", "en", 40, 0);
		SampleWorkbooks.writeOne(new SampleClient(client.client(), client.wave(), client.waveDate(), "en",
				client.scale(), 40, 8, 7, 0, client.levelShift(), client.recipients(), Sector.BANKING), bank);
		try (SurveyWorkbook workbook = SurveyWorkbook.open(bank)) {
			assertThat(workbook.questionnaire().engagement().sector()).isEqualTo(Sector.BANKING);
			List<String> texts = workbook.questionnaire().questions().stream().map(Question::text).toList();
			assertThat(texts)
				.contains("Was your transfer carried out when you expected it?", "Was it easy to reach your adviser?")
				.noneMatch((text) -> text.matches("(?i).*\\b(order|ordered|return)\\b.*"));
		}
	}

	@Test
	void samplesAreValidRealisticSurveys() throws Exception {
		Path file = this.folder.resolve("polish.xlsx");
		SampleWorkbooks.writeOne(client("Łódź Bank", "pl", 400, 0.01), file);
		try (SurveyWorkbook workbook = SurveyWorkbook.open(file)) {
			assertThat(workbook.questionnaire().engagement().client()).isEqualTo("Łódź Bank");
			assertThat(workbook.questionnaire().questions()).hasSize(16)
				.anySatisfy((question) -> assertThat(question.text()).contains("Państw"));
			var accumulator = new ScoreAccumulator(workbook.questionnaire(),
					io.gapreport.text.LuceneStems.forLanguage("pl"));
			workbook.stream(accumulator);
			Scores scores = accumulator.scores(List.of());
			// a third of the customers comment, in Polish, and every theme of the Themes
			// sheet is mentioned by enough of them to compare
			assertThat(scores.voice().comments()).isBetween(100, 160);
			assertThat(scores.voice().themes()).hasSize(4)
				.allSatisfy((theme) -> assertThat(theme.indicative()).isFalse());
			assertThat(scores.voice().quotes()).isNotEmpty()
				.allSatisfy((quote) -> assertThat(quote.text()).doesNotContain("601 234 567", "jan.nowak@"));
			// dirty data: some rows rejected, some cells invalid, most customers kept
			assertThat(scores.counts().customers()).isBetween(380, 400);
			assertThat(scores.counts().rejectedRows()).isPositive();
			assertThat(scores.counts().invalidCells()).isPositive();
			assertThat(scores.counts().managers()).isBetween(3, 8);
			// a common attitude per customer makes a level's items hang together
			for (Level level : Level.values()) {
				assertThat(scores.level(level).alpha()).as("alpha of %s", level).isBetween(0.6, 0.95);
			}
			// most managers overrate the service
			assertThat(scores.gaps().perception()).isNegative();
			assertThat(scores.nps()).isNotNull();
			assertThat(scores.fcr()).extracting((fcr) -> fcr.channel()).contains("phone", "email", "chat");
		}
	}

	@Test
	void theSampleLodzBankHasBranchesOneBelowTheRestAndOneTooSmallForAReport() throws Exception {
		List<Path> written = SampleWorkbooks.write(new SampleSpec(2, 400, 16, 2026), this.folder);
		Path bank = written.stream()
			.filter((file) -> file.getFileName().toString().startsWith("lodz-bank"))
			.findFirst()
			.orElseThrow();
		try (SurveyWorkbook workbook = SurveyWorkbook.open(bank)) {
			var accumulator = new UnitsAccumulator(workbook.questionnaire());
			workbook.stream(accumulator);
			WorkbookScores scores = accumulator.scores(List.of(), (unit) -> List.of());
			assertThat(scores.units()).extracting(UnitScore::name)
				.containsExactly("Oddział Łódź Centrum", "Oddział Łódź Bałuty", "Oddział Warszawa Mokotów",
						"Oddział Kraków Rynek", "Punkt Poznań Stare Miasto");
			assertThat(scores.units()).extracting(UnitScore::suppressed)
				.containsExactly(false, false, false, false, true);
			// one customer in 97 is Poznań's: 4 of 400, fewer than min_group_size 5
			assertThat(scores.units().get(4).n()).isBetween(1, 4);
			assertThat(scores.units().subList(0, 4)).allSatisfy((unit) -> assertThat(unit.n()).isGreaterThan(50));
			assertThat(scores.units().get(1).recipients()).containsExactly("lodz.baluty@example.com");
			// Bałuty's service is 0.6 points worse on perception: proven below the rest
			assertThat(scores.units().get(1).standing().overall().status()).isEqualTo(Standing.BELOW);
			assertThat(scores.client().counts().managers()).isBetween(3, 8);
		}
		Path acme = written.stream()
			.filter((file) -> file.getFileName().toString().startsWith("acme"))
			.findFirst()
			.orElseThrow();
		try (var workbook = new XSSFWorkbook(Files.newInputStream(acme))) {
			assertThat(workbook.getSheet("Units")).as("a client without units").isNull();
		}
	}

	@Test
	void cleanSamplesHaveNoDirtyCell() throws Exception {
		Path file = this.folder.resolve("clean.xlsx");
		SampleWorkbooks.writeOne(client("Clean Co", "en", 300, 0), file);
		try (SurveyWorkbook workbook = SurveyWorkbook.open(file)) {
			var accumulator = new ScoreAccumulator(workbook.questionnaire());
			workbook.stream(accumulator);
			Scores scores = accumulator.scores(List.of());
			assertThat(scores.counts().rejectedRows()).isZero();
			assertThat(scores.counts().invalidCells()).isZero();
		}
	}

	@Test
	void impossibleOptionsAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SampleSpec(1, 10, 3, 1))
			.withMessageContaining("--items");
		assertThatIllegalArgumentException().isThrownBy(() -> new SampleSpec(0, 10, 8, 1))
			.withMessageContaining("--clients");
	}

	private static SampleClient client(String name, String language, int respondents, double dirtyRate) {
		return new SampleClient(name, "2026-Q3", LocalDate.of(2026, 9, 30), language, Scale.DEFAULT, respondents, 16, 7,
				dirtyRate, List.of(-0.5, -1.0, 0.0, 0.2), List.of("a@example.com"));
	}

	private static List<String> cells(Path file) throws Exception {
		List<String> cells = new ArrayList<>();
		try (var workbook = new XSSFWorkbook(Files.newInputStream(file))) {
			workbook.forEach((sheet) -> sheet.forEach((row) -> row.forEach((cell) -> cells.add(cell.toString()))));
		}
		return cells;
	}

}
