package io.gapreport.report;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.gapreport.survey.Engagement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every report language has every message, with the same placeholders as English. */
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

	private static Set<String> placeholders(String pattern) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(pattern);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

}
