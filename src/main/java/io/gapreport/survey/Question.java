package io.gapreport.survey;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One questionnaire item: what was asked and which expectation level it measures.
 *
 * @param code unique item code, e.g. {@code ACC1}
 * @param text the question as asked, exactly as typed in the workbook
 * @param level the expectation level it measures
 * @param dimension the SERVQUAL dimension, or null
 * @param weight the importance weight (&gt; 0), or null
 */
public record Question(String code, String text, Level level, @Nullable String dimension, @Nullable Double weight) {

	public Question {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(level, "level");
		if (weight != null && !(weight > 0)) {
			throw new IllegalArgumentException("weight of " + code + " must be > 0");
		}
	}

}
