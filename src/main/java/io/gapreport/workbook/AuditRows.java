package io.gapreport.workbook;

import java.util.List;

import io.gapreport.survey.AuditVisit;
import io.gapreport.survey.Questionnaire;
import io.gapreport.survey.ResponseSink;

/**
 * Turns Audits rows into {@link AuditVisit}s and invalid cells; audit rows are never
 * rejected.
 */
final class AuditRows extends AnswerRows {

	static final String SHEET = "Audits";

	static final List<String> COLUMNS = List.of("visit", "date", "location", "unit");

	AuditRows(Questionnaire questionnaire, Columns columns, ResponseSink sink, AnswerTally tally) {
		super(SHEET, questionnaire, columns, sink, tally);
	}

	@Override
	void read(SheetRow row) {
		double[] delivered = this.cells.answers(row, this.columns.items('D'));
		passProblems();
		this.sink.audit(new AuditVisit(row.number(), row.textOrNull(this.columns.column("visit")),
				row.textOrNull(this.columns.column("location")), delivered, unit(row)));
	}

}
