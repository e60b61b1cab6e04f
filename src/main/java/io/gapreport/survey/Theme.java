package io.gapreport.survey;

import java.util.List;
import java.util.Objects;

/**
 * One row of the optional Themes sheet: what customers may talk about, and the words that
 * show they do ({@code voice.md}).
 *
 * @param name the theme as printed, trimmed
 * @param keywords its keywords, trimmed, in sheet order; one ending in {@code *} matches
 * every word beginning with the text before it
 */
public record Theme(String name, List<String> keywords) {

	public Theme {
		Objects.requireNonNull(name, "name");
		keywords = List.copyOf(keywords);
		if (name.isBlank() || keywords.isEmpty()) {
			throw new IllegalArgumentException("a theme has a name and at least one keyword");
		}
	}

}
