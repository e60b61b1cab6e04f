package io.gapreport.report;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import io.gapreport.sample.SampleClient;
import io.gapreport.sample.SampleWorkbooks;
import io.gapreport.scoring.Action;
import io.gapreport.scoring.ItemScore;
import io.gapreport.scoring.Scores;
import io.gapreport.survey.Level;
import io.gapreport.survey.Scale;
import io.gapreport.survey.Sector;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client's sector words the actions of the "What to do" page: read back from the PDF,
 * a report holds its own sector's actions and owners and none of another sector's, and
 * never tells a bank or a hotel about orders or returns.
 */
class SectorActionsTests {

	private static final Messages ENGLISH = Messages.load("en", null);

	@TempDir
	Path folder;

	@ParameterizedTest
	@EnumSource(Sector.class)
	void theWhatToDoPageHoldsTheSectorsOwnActionsAndNoneOfAnotherSectors(Sector sector) throws Exception {
		Report report = report(sector);
		assertThat(report.scores().nextSteps().actions()).filteredOn(Action.LevelShortfall.class::isInstance)
			.as("every level falls short, so every level's card is shown")
			.hasSize(4);
		for (Level level : Level.values()) {
			String prefix = "action.level." + level.key() + ".";
			for (String part : List.of("why", "do.2", "do.3", "owner")) {
				assertThat(report.actions()).as("%s%s of %s", prefix, part, sector)
					.contains(folded(ENGLISH.get(key(prefix, sector, part))));
			}
			for (Sector other : Sector.values()) {
				for (String part : List.of("why", "do.2", "do.3")) {
					String theirs = ENGLISH.get(key(prefix, other, part));
					if (!theirs.equals(ENGLISH.get(key(prefix, sector, part)))) {
						assertThat(report.actions()).as("%s%s of %s in a %s report", prefix, part, other, sector)
							.doesNotContain(folded(theirs));
					}
				}
			}
		}
	}

	@ParameterizedTest
	@EnumSource(value = Sector.class, names = { "BANKING", "HOSPITALITY", "TELECOM", "PUBLIC" })
	void aClientThatTakesNoOrdersOrReturnsIsNeverToldAboutThem(Sector sector) throws Exception {
		Report report = report(sector);
		String ownWords = report.actions();
		for (ItemScore item : report.scores().items()) {
			ownWords = ownWords.replace(folded(item.question().text()), "");
		}
		assertThat(ownWords).doesNotContainPattern("(?i)\\border(s|ed)?\\b|\\breturns\\b|\\brefund");
		assertThat(report.whole()).as("what each foundation level means to this client")
			.contains(ENGLISH.get("level.accuracy." + sector.key() + ".wants"),
					ENGLISH.get("level.availability." + sector.key() + ".wants"))
			.doesNotContain(ENGLISH.get("level.accuracy.wants"), ENGLISH.get("level.availability.wants"));
	}

	@ParameterizedTest
	@EnumSource(value = Sector.class, names = { "BANKING", "OTHER" })
	void theFirstActionStartsFromTheWidestGapAndTheGoalIsTheGapToReach(Sector sector) throws Exception {
		Report report = report(sector);
		var foundation = (Action.LevelShortfall) report.scores().nextSteps().actions().getFirst();
		String widest = report.scores()
			.items()
			.stream()
			.filter((item) -> item.question().code().equals(foundation.evidence().getFirst()))
			.findFirst()
			.orElseThrow()
			.question()
			.text();
		assertThat(report.actions()).contains(folded(ENGLISH.get("action.start", widest,
				ENGLISH.get(key("action.level." + foundation.level().key() + ".", sector, "do.1")))));
		var formats = new Formats(ENGLISH.locale(), "");
		double gap = report.scores().level(foundation.level()).gap5().mean();
		String level = ENGLISH.get("level." + foundation.level().key());
		assertThat(report.actions()).contains(level + " gap from " + formats.gap(gap) + " to " + formats.gap(gap / 2)
				+ " or better by the next wave");
	}

	private static String key(String prefix, Sector sector, String part) {
		String own = prefix + sector.key() + "." + part;
		return ENGLISH.keys().contains(own) ? own : prefix + part;
	}

	/** A client of {@code sector} whose four levels all fall short, in English. */
	private Report report(Sector sector) throws Exception {
		Path workbook = this.folder.resolve(sector.key() + ".xlsx");
		SampleWorkbooks.writeOne(new SampleClient("Sector " + sector.key(), "2026-Q3", LocalDate.of(2026, 9, 30), "en",
				Scale.DEFAULT, 300, 8, 11, 0, List.of(-1.6, -1.6, -1.4, -1.4), List.of(), sector), workbook);
		var scored = ExampleWorkbooks.score(workbook);
		var out = new ByteArrayOutputStream();
		PdfReport.packaged().write(scored.scores(), scored.problems(), LocalDate.of(2026, 11, 25), out);
		Path pdf = this.folder.resolve(sector.key() + ".pdf");
		Files.write(pdf, out.toByteArray());
		String text = PdfText.of(pdf);
		int start = text.indexOf(folded(ENGLISH.get("actions.intro")));
		assertThat(start).as("the What to do page").isNotNegative();
		int end = text.indexOf(ENGLISH.get("section.gaps"), start);
		for (String next : List.of("collect.heading", "actions.sources")) {
			int at = text.indexOf(ENGLISH.get(next), start);
			end = (at > start && at < end) ? at : end;
		}
		return new Report(scored.scores(), text.substring(start, end), text);
	}

	private static String folded(String text) {
		return text.replaceAll("\\s+", " ").trim();
	}

	/**
	 * A report's scores, the text of its "What to do" page and of the whole report, white
	 * space folded.
	 */
	private record Report(Scores scores, String actions, String whole) {
	}

}
