package io.gapreport.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import io.gapreport.scoring.UnitScore;
import io.gapreport.scoring.UnitsAccumulator;
import io.gapreport.scoring.WorkbookScores;
import io.gapreport.survey.Questionnaire;
import io.gapreport.workbook.SurveyWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mail's bodies, HTML and plain text, in every language: the report's own words, no
 * English left in a Polish, Czech or Russian mail (every fixed text the English mail
 * shows is checked against it), workbook text escaped in the HTML and printed as typed in
 * the text, and a unit's mail with its standing against the rest.
 */
class MailWordsTests {

	private static final String CLIENT = "Café <Ark> & Co";

	/** Words a language writes as English does, not left untranslated. */
	private static final Map<String, List<String>> SHARED = Map.of("pl", List.of(), "cs", List.of("chat"), "ru",
			List.of());

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

	@TempDir
	Path folder;

	@ParameterizedTest
	@ValueSource(strings = { "pl", "cs", "ru" })
	void aMailInAnotherLanguageHasNoEnglishWordsOfTheReportsMessages(String language) throws Exception {
		Messages english = Messages.load("en", null);
		Messages own = Messages.load(language, null);
		List<Messages> others = List.of(Messages.load("pl", null), Messages.load("cs", null),
				Messages.load("ru", null));
		ReportMail englishMail = mail("en");
		ReportMail mail = mail(language);
		Map<String, String> shown = new TreeMap<>();
		for (String key : english.keys()) {
			// the same in every language (NPS, gap-report): not English words
			if (others.stream().allMatch((other) -> english.raw(key).equals(other.raw(key)))) {
				continue;
			}
			for (String fragment : PLACEHOLDER.split(english.get(key).replace("''", "'"))) {
				String words = fragment.strip();
				if (words.length() >= 4 && words.chars().anyMatch(Character::isLetter)
						&& appears(words, englishMail.attachedHtml()) && appears(words, englishMail.attachedBody())
						&& !ownWords(own, key, words) && !SHARED.get(language).contains(words)) {
					shown.put(words, key);
				}
			}
		}
		assertThat(shown).as("the English mail's fixed texts").hasSizeGreaterThan(25);
		for (Map.Entry<String, String> words : shown.entrySet()) {
			for (String body : List.of(mail.attachedHtml(), mail.attachedBody(), mail.tooLargeHtml(),
					mail.tooLargeBody())) {
				assertThat(appears(words.getKey(), body))
					.as("English \"%s\" (%s) in the %s mail", words.getKey(), words.getValue(), language)
					.isFalse();
			}
		}
	}

	/**
	 * Whether {@code language} writes {@code words} itself, in a text other than that of
	 * {@code key} (Czech "95% interval").
	 */
	private static boolean ownWords(Messages language, String key, String words) {
		return language.keys()
			.stream()
			.filter((other) -> !other.equals(key))
			.anyMatch((other) -> appears(words, language.raw(other)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "pl", "cs", "ru" })
	void bothBodiesCarryPageOnesLevelsWithTheClientEscapedOnlyInTheHtml(String language) throws Exception {
		ReportMail mail = mail(language);
		ReportModel model = model(language);
		assertThat(mail.attachedHtml())
			.contains("<html lang=\"" + language + "\" dir=\"ltr\">", "Café &lt;Ark&gt; &amp; Co", "<caption",
					"<th scope=\"col\"", "<th scope=\"row\"")
			.doesNotContain(CLIENT, "<script", "<img", "src=", "<style", "class=", "http://", "https://");
		assertThat(mail.attachedBody()).contains(CLIENT).doesNotContain("&lt;", "&amp;", "<td", "<p");
		for (ReportModel.LevelRow level : model.decision().levels()) {
			assertThat(mail.attachedHtml()).contains(level.name(), level.gap(), level.interval(), level.shareMet(),
					">" + level.status() + "<");
			assertThat(mail.attachedBody()).contains("- " + level.name() + " – " + level.status(), level.gap(),
					level.interval());
		}
		assertThat(mail.attachedHtml()).contains(model.decision().headline(), model.decision().nps());
		String attached = Messages.load(language, null).get("mail.attached");
		assertThat(mail.attachedHtml()).contains(attached).doesNotContain(" MB", " МБ");
		String size = language.equals("en") ? "12.3" : "12,3";
		assertThat(mail.tooLargeHtml()).doesNotContain(attached).contains(size, "report.pdf");
		assertThat(mail.tooLargeBody()).doesNotContain(attached).contains(size, "report.pdf");
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "pl" })
	void aUnitsMailSaysWhereTheUnitStandsAgainstTheRestPerLevel(String language) throws Exception {
		WorkbookScores scores = unitsExample(language);
		UnitScore unit = scores.units().get(0);
		ReportModel model = unitModel(unit);
		ReportMail mail = ReportLetters.packaged().compose(model, 1000, this.folder.resolve("report.pdf"));
		String title = Messages.load(language, null).get("units.standing.title", unit.unit());
		// a row per level; overall and NPS in the line under them
		assertThat(model.units().standing()).hasSize(4);
		assertThat(model.units().intro()).contains(Messages.load(language, null).get("units.standing.intro"));
		assertThat(mail.attachedHtml()).contains(title, model.units().intro().replace("'", "&#39;"));
		assertThat(mail.attachedBody()).contains(title, model.units().intro());
		for (ReportModel.StandingRow row : model.units().standing()) {
			assertThat(mail.attachedHtml()).contains(row.name(), row.diff(), row.interval(), ">" + row.status() + "<");
			assertThat(mail.attachedBody()).contains("- " + row.name() + " – " + row.status(), row.diff());
		}
		ReportModel client = PdfReport.packaged()
			.model(scores.client(), List.of(), LocalDate.of(2026, 12, 6), null, scores.units());
		assertThat(ReportLetters.packaged().compose(client, 1000, this.folder.resolve("report.pdf")).attachedHtml())
			.doesNotContain(Messages.load(language, null).get("units.col.standing"));
	}

	/**
	 * A unit's mail began "the service gap analysis of Acme ... is ready", naming the
	 * client alone, as if it carried the client's report.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "en", "pl", "cs", "ru" })
	void aUnitsMailNamesTheUnitAndItsClientInItsFirstSentence(String language) throws Exception {
		WorkbookScores scores = unitsExample(language);
		UnitScore unit = scores.units().get(0);
		ReportModel model = unitModel(unit);
		ReportMail mail = ReportLetters.packaged().compose(model, 1000, this.folder.resolve("report.pdf"));
		Messages words = Messages.load(language, null);
		String name = model.units().unitName();
		assertThat(name).isNotBlank();
		String intro = words.get("mail.unitIntro", model.header().client(), model.header().wave(), name);
		assertThat(intro).contains(name, model.header().client());
		assertThat(mail.attachedBody()).contains(intro)
			.doesNotContain(words.get("mail.intro", model.header().client(), model.header().wave()));
		assertThat(mail.attachedHtml()).contains(intro);
		ReportModel client = PdfReport.packaged()
			.model(scores.client(), List.of(), LocalDate.of(2026, 12, 6), null, scores.units());
		assertThat(ReportLetters.packaged().compose(client, 1000, this.folder.resolve("report.pdf")).attachedBody())
			.contains(words.get("mail.intro", model.header().client(), model.header().wave()));
	}

	@Test
	void aConsultantsTemplatesFolderLaysTheMailOutItsOwnWay() throws Exception {
		Path templates = Files.createDirectories(this.folder.resolve("templates"));
		Files.writeString(templates.resolve("mail.ftlh"), "<p>${model.header.client}: ${mail.ending}</p>");
		ReportMail mail = ReportLetters.from(templates).compose(model("en"), 1000, this.folder.resolve("report.pdf"));
		assertThat(mail.attachedHtml())
			.isEqualTo("<p>Café &lt;Ark&gt; &amp; Co: " + Messages.load("en", null).get("mail.attached") + "</p>");
		assertThat(mail.attachedBody()).contains(CLIENT, model("en").decision().headline());
	}

	/** The golden units workbook scored with its questions in {@code language}. */
	private static WorkbookScores unitsExample(String language) throws Exception {
		Path workbook = Path.of(MailWordsTests.class.getResource("/golden-units/units-example.xlsx").toURI());
		try (SurveyWorkbook opened = SurveyWorkbook.open(workbook)) {
			Questionnaire questionnaire = UnitPagesTests.inLanguage(opened.questionnaire(), language);
			var accumulator = new UnitsAccumulator(questionnaire);
			opened.stream(accumulator);
			return accumulator.scores(List.of(), (unit) -> List.of());
		}
	}

	private static ReportModel unitModel(UnitScore unit) {
		return PdfReport.packaged().model(unit.scores(), List.of(), LocalDate.of(2026, 12, 6), unit, List.of());
	}

	private ReportModel model(String language) throws Exception {
		var scored = ExampleWorkbooks.score(ExampleWorkbooks.write(this.folder, language, CLIENT, "Q?"));
		return PdfReport.packaged().model(scored.scores(), scored.problems(), LocalDate.of(2026, 12, 6));
	}

	private ReportMail mail(String language) throws Exception {
		return ReportLetters.packaged().compose(model(language), 12_345_678, this.folder.resolve("report.pdf"));
	}

	/** Whether {@code words} appear in {@code body} as whole words. */
	private static boolean appears(String words, String body) {
		return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(words) + "(?![\\p{L}\\p{N}])")
			.matcher(body)
			.find();
	}

}
