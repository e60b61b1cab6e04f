package io.gapreport.survey;

import org.jspecify.annotations.Nullable;

/**
 * One kept row of the Customers sheet. Answer arrays are indexed like
 * {@link Questionnaire#questions()}; {@code NaN} means "not answered" (blank, N/A or an
 * invalid cell).
 *
 * @param row the 1-based worksheet row number
 * @param respondent the respondent id
 * @param segment the segment, trimmed, or null
 * @param channel the contact channel, trimmed and lower-case ({@code e-mail} is
 * {@code email}), or null
 * @param resolved whether the problem was solved at first contact, or null
 * @param nps likelihood to recommend, 0..10, or null
 * @param comment the free-text verbatim, or null
 * @param expected what the customer expected, per item
 * @param perceived how the customer perceived the service, per item
 * @param unit the unit that served the customer, trimmed, or null
 */
public record CustomerResponse(int row, String respondent, @Nullable String segment, @Nullable String channel,
		@Nullable Boolean resolved, @Nullable Integer nps, @Nullable String comment, double[] expected,
		double[] perceived, @Nullable String unit) {

	public CustomerResponse {
		if (expected.length != perceived.length) {
			throw new IllegalArgumentException("expected and perceived answers must cover the same items");
		}
		if (nps != null && (nps < 0 || nps > 10)) {
			throw new IllegalArgumentException("nps must be 0..10");
		}
	}

	/** A customer served by no unit. */
	public CustomerResponse(int row, String respondent, @Nullable String segment, @Nullable String channel,
			@Nullable Boolean resolved, @Nullable Integer nps, @Nullable String comment, double[] expected,
			double[] perceived) {
		this(row, respondent, segment, channel, resolved, nps, comment, expected, perceived, null);
	}

}
