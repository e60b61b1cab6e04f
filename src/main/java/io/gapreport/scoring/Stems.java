package io.gapreport.scoring;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a text into the stems a theme's keywords are matched on: lowercased, tokenised,
 * stemmed, stop words dropped, in text order. The report's language's analyzer does this
 * ({@code io.gapreport.text}); scoring only sees this interface.
 */
@FunctionalInterface
public interface Stems {

	/** No stemming: the lowercased words themselves. */
	Stems NONE = Stems::words;

	/**
	 * The stems of {@code text}, in text order.
	 * @param text any text
	 * @return its stems
	 */
	List<String> of(String text);

	/**
	 * The words of {@code text}, lowercased and unstemmed, as {@code *} keywords are
	 * matched on: runs of letters, digits and marks.
	 * @param text any text
	 * @return its words in text order
	 */
	static List<String> words(String text) {
		return Arrays.stream(Words.SEPARATORS.split(text.toLowerCase(Locale.ROOT)))
			.filter((word) -> !word.isEmpty())
			.toList();
	}

	/** Holds the pattern between words. */
	final class Words {

		static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}\\p{M}]+");

		private Words() {
		}

	}

}
