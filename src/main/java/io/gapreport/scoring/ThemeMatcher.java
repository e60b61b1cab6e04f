package io.gapreport.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import io.gapreport.survey.Theme;
import org.jspecify.annotations.Nullable;

/**
 * Tells which themes a comment mentions ({@code voice.md}): a keyword matches when its
 * stems occur consecutively among the comment's stems; a keyword ending in {@code *}
 * matches every word that begins with the text before the {@code *}. The keywords are
 * analysed once; each comment once.
 */
final class ThemeMatcher {

	private final Stems stems;

	/** Per theme, its keywords: each a stem sequence, or a prefix. */
	private final List<List<Keyword>> themes = new ArrayList<>();

	private final boolean anyPrefix;

	ThemeMatcher(List<Theme> themes, Stems stems) {
		this.stems = stems;
		boolean prefix = false;
		for (Theme theme : themes) {
			List<Keyword> keywords = new ArrayList<>();
			for (String keyword : theme.keywords()) {
				if (keyword.endsWith("*")) {
					String start = keyword.substring(0, keyword.length() - 1).strip().toLowerCase(Locale.ROOT);
					keywords.add(new Keyword(List.of(), start));
					prefix = true;
				}
				else {
					keywords.add(new Keyword(stems.of(keyword), null));
				}
			}
			this.themes.add(keywords);
		}
		this.anyPrefix = prefix;
	}

	int size() {
		return this.themes.size();
	}

	/**
	 * Which themes {@code comment} mentions, in theme order.
	 * @param comment the comment as written, before masking
	 * @return one flag per theme
	 */
	boolean[] mentions(String comment) {
		boolean[] mentions = new boolean[this.themes.size()];
		if (mentions.length == 0) {
			return mentions;
		}
		List<String> commentStems = this.stems.of(comment);
		List<String> words = this.anyPrefix ? Stems.words(comment) : List.of();
		for (int t = 0; t < mentions.length; t++) {
			for (Keyword keyword : this.themes.get(t)) {
				if (keyword.matches(commentStems, words)) {
					mentions[t] = true;
					break;
				}
			}
		}
		return mentions;
	}

	/**
	 * A keyword: a sequence of stems, or (with a prefix) the start of a word.
	 */
	private record Keyword(List<String> stems, @Nullable String prefix) {

		boolean matches(List<String> commentStems, List<String> words) {
			String start = this.prefix;
			if (start != null) {
				return !start.isEmpty() && words.stream().anyMatch((word) -> word.startsWith(start));
			}
			return !this.stems.isEmpty() && Collections.indexOfSubList(commentStems, this.stems) >= 0;
		}

	}

}
