package io.gapreport.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.gapreport.scoring.Stems;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The stems of a text in one report language, from Lucene's standard analyzer for it
 * (English: Porter; Polish: Stempel; Czech and Russian: their light stemmers), each with
 * its lowercasing and stop words. One analyzer per language serves every comment of the
 * process: Lucene analyzers are safe to share between threads.
 */
public final class LuceneStems implements Stems {

	private static final Map<String, Supplier<Analyzer>> ANALYZERS = Map.of("en", EnglishAnalyzer::new, "pl",
			PolishAnalyzer::new, "cs", CzechAnalyzer::new, "ru", RussianAnalyzer::new);

	private static final Map<String, LuceneStems> BY_LANGUAGE = new ConcurrentHashMap<>();

	private final Analyzer analyzer;

	private LuceneStems(Analyzer analyzer) {
		this.analyzer = analyzer;
	}

	/**
	 * The stems of {@code language}: {@code en}, {@code pl}, {@code cs} or {@code ru};
	 * English for any other.
	 * @param language a report language
	 * @return its stems, one instance per language
	 */
	public static Stems forLanguage(String language) {
		String known = ANALYZERS.containsKey(language) ? language : "en";
		return BY_LANGUAGE.computeIfAbsent(known, (key) -> new LuceneStems(ANALYZERS.get(key).get()));
	}

	@Override
	public List<String> of(String text) {
		List<String> stems = new ArrayList<>();
		try (TokenStream tokens = this.analyzer.tokenStream("comment", text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				stems.add(term.toString());
			}
			tokens.end();
		}
		catch (IOException ex) {
			// a string is read from memory: Lucene declares IOException for its readers
			throw new UncheckedIOException(ex);
		}
		return stems;
	}

}
