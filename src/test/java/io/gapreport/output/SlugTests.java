package io.gapreport.output;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SlugTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Łódź Bank             | lodz-bank
			Example Café          | example-cafe
			2026-Q3               | 2026-q3
			Žluťoučký kůň s.r.o.  | zlutoucky-kun-s-r-o
			Сбербанк              | sberbank
			../../etc/passwd      | etc-passwd
			a\\b/c                 | a-b-c
			..                    | unnamed
			'   '                 | unnamed
			Straße & Søn          | strasse-son
			""")
	void slugIsLowerCaseAsciiWithDiacriticsFoldedAndNoPathCharacters(String name, String slug) {
		assertThat(Slug.of(name)).isEqualTo(slug).doesNotContain("/", "\\", "..");
	}

	@ParameterizedTest
	@CsvSource({ "x",
			"A very long client name that goes on and on and on well past any sensible folder name length limit" })
	void slugIsNeverLongerThanEightyCharacters(String name) {
		assertThat(Slug.of(name)).hasSizeLessThanOrEqualTo(80).doesNotEndWith("-");
	}

}
