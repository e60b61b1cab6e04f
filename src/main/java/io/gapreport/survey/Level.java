package io.gapreport.survey;

import java.util.Locale;
import java.util.Optional;

/**
 * The four levels of customer expectations, in pyramid order: accuracy and availability
 * are the foundation that partnership and advice build on.
 */
public enum Level {

	ACCURACY, AVAILABILITY, PARTNERSHIP, ADVICE;

	/**
	 * The level's name as written in workbooks and scores.json, e.g. {@code accuracy}.
	 */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The level named by {@code text} (trimmed, any case), or empty when it names none.
	 */
	public static Optional<Level> parse(String text) {
		String wanted = text.trim().toLowerCase(Locale.ROOT);
		for (Level level : values()) {
			if (level.key().equals(wanted)) {
				return Optional.of(level);
			}
		}
		return Optional.empty();
	}

}
