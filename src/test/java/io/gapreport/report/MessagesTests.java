package io.gapreport.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.gapreport.survey.Engagement;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every report language has every message, with the same placeholders as English; an
 * edited file overrides key by key.
 */
class MessagesTests {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)\\}");

	static Set<String> languages() {
		return new TreeSet<>(Engagement.LANGUAGES);
	}

	@ParameterizedTest
	@MethodSource("languages")
	void everyKeyOfEnglishExistsInEveryLanguage(String language) {
		Messages english = Messages.load("en", null);
		Messages other = Messages.load(language, null);
		assertThat(other.keys()).as("keys of %s", language).containsExactlyInAnyOrderElementsOf(english.keys());
	}

	@ParameterizedTest
	@MethodSource("languages")
	void everyMessageKeepsEnglishPlaceholders(String language) {
		Messages english = Messages.load("en", null);
		Messages other = Messages.load(language, null);
		for (String key : english.keys()) {
			assertThat(placeholders(other.raw(key))).as("placeholders of %s in %s", key, language)
				.isEqualTo(placeholders(english.raw(key)));
			assertThat(other.get(key)).as("%s in %s", key, language).isNotBlank();
		}
	}

	/**
	 * A key a template asks for ({@code t['units.col.standing']}) that no messages file
	 * has fails the report only when a workbook reaches that line: found here instead.
	 */
	@org.junit.jupiter.api.Test
	void everyKeyTheTemplatesAskForIsInTheMessages() throws Exception {
		Pattern asked = Pattern.compile("\\bt\\[['\"]([A-Za-z0-9_.]+)['\"]\\]");
		Set<String> keys = new TreeSet<>();
		try (var files = Files.list(Path.of("templates", "i18n"))) {
			for (Path file : files.filter((f) -> f.getFileName().toString().endsWith("_en.properties")).toList()) {
				var properties = new java.util.Properties();
				try (var reader = Files.newBufferedReader(file)) {
					properties.load(reader);
				}
				keys.addAll(properties.stringPropertyNames());
			}
		}
		Set<String> missing = new TreeSet<>();
		try (var files = Files.walk(Path.of("templates"))) {
			for (Path file : files.filter((f) -> f.toString().matches(".*\\.ftl[h]?")).toList()) {
				Matcher matcher = asked.matcher(Files.readString(file));
				while (matcher.find()) {
					if (!keys.contains(matcher.group(1))) {
						missing.add(file.getFileName() + ": " + matcher.group(1));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@org.junit.jupiter.api.Test
	void aKeyAnEditedFileLacksKeepsThePackagedTextAndTheOthersTakeTheEdit(@TempDir Path templates) throws Exception {
		Files.createDirectories(templates.resolve("i18n"));
		Files.writeString(templates.resolve("i18n/messages_pl.properties"), "section.gaps=Gdzie ucieka jakość\n");
		Files.writeString(templates.resolve("i18n/actions_pl.properties"), "actions.owner=Kto\n");
		Messages edited = Messages.load("pl", templates);
		Messages packaged = Messages.load("pl", null);
		assertThat(edited.get("section.gaps")).isEqualTo("Gdzie ucieka jakość");
		assertThat(edited.get("actions.owner")).isEqualTo("Kto");
		assertThat(edited.get("section.levels")).isEqualTo(packaged.get("section.levels"));
		assertThat(edited.get("actions.heading")).isEqualTo(packaged.get("actions.heading"));
		assertThat(edited.keys()).isEqualTo(packaged.keys());
	}

	private static Set<String> placeholders(String pattern) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(pattern);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

}
