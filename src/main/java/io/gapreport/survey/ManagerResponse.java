package io.gapreport.survey;

import org.jspecify.annotations.Nullable;

/**
 * One kept row of the Management sheet: what a manager believes customers expect and how
 * the manager believes the company performs. Arrays are indexed like
 * {@link Questionnaire#questions()}; {@code NaN} means "not answered".
 *
 * @param row the 1-based worksheet row number
 * @param respondent the respondent id
 * @param role the manager's role, or null
 * @param expected what the manager believes customers expect, per item
 * @param perceived how the manager believes the company performs, per item
 * @param unit the unit the manager runs, trimmed, or null for a manager of the whole
 * client
 */
public record ManagerResponse(int row, String respondent, @Nullable String role, double[] expected, double[] perceived,
		@Nullable String unit) {

	public ManagerResponse {
		if (expected.length != perceived.length) {
			throw new IllegalArgumentException("expected and perceived answers must cover the same items");
		}
	}

	/** A manager of the whole client. */
	public ManagerResponse(int row, String respondent, @Nullable String role, double[] expected, double[] perceived) {
		this(row, respondent, role, expected, perceived, null);
	}

}
