package io.gapreport.survey;

import org.jspecify.annotations.Nullable;

/**
 * One row of the Audits sheet: a mystery-shopping visit or audit. {@code delivered} is
 * indexed like {@link Questionnaire#questions()}; {@code NaN} means "not observed".
 *
 * @param row the 1-based worksheet row number
 * @param visit the visit id, or null
 * @param location where the visit took place, or null
 * @param delivered the service level the auditor observed, per item
 * @param unit the unit visited, trimmed, or null: the visit counts for the client only
 */
public record AuditVisit(int row, @Nullable String visit, @Nullable String location, double[] delivered,
		@Nullable String unit) {

	/** A visit of no unit in particular. */
	public AuditVisit(int row, @Nullable String visit, @Nullable String location, double[] delivered) {
		this(row, visit, location, delivered, null);
	}

}
