package io.gapreport.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stems of each report language's analyzer: inflected forms meet on one stem, and
 * stop words are dropped.
 */
class LuceneStemsTests {

	@Test
	void englishFormsShareAStemAndStopWordsAreDropped() {
		assertThat(LuceneStems.forLanguage("en").of("Waiting for the QUEUES")).containsExactly("wait", "queue");
		assertThat(LuceneStems.forLanguage("en").of("waited")).isEqualTo(LuceneStems.forLanguage("en").of("wait"));
	}

	@Test
	void polishFormsShareAStem() {
		var polish = LuceneStems.forLanguage("pl");
		assertThat(polish.of("czekałem")).isEqualTo(polish.of("czekanie")).containsExactly("czekać");
		assertThat(polish.of("obsługi")).isEqualTo(polish.of("obsługą")).containsExactly("obsługa");
		assertThat(polish.of("długo czekałem na infolinii")).containsExactly("długon", "czekać", "infolinia");
	}

	@Test
	void czechAndRussianFormsShareAStem() {
		var czech = LuceneStems.forLanguage("cs");
		assertThat(czech.of("fronty")).isEqualTo(czech.of("fronta"));
		var russian = LuceneStems.forLanguage("ru");
		assertThat(russian.of("очереди")).isEqualTo(russian.of("очередь"));
	}

	@Test
	void oneAnalyzerServesEachLanguageAndAnUnknownOneIsEnglish() {
		assertThat(LuceneStems.forLanguage("pl")).isSameAs(LuceneStems.forLanguage("pl"));
		assertThat(LuceneStems.forLanguage("xx")).isSameAs(LuceneStems.forLanguage("en"));
	}

}
