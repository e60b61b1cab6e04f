package io.gapreport.workbook;

import java.util.List;
import java.util.function.Consumer;

import io.gapreport.survey.AuditVisit;
import io.gapreport.survey.Questionnaire;
import io.gapreport.survey.ResponseSink;

/**
 * Turns Audits rows into {@link AuditVisit}s and invalid cells; audit rows are never
 * rejected.
 */
final class AuditRows implements Consumer<SheetRow> {

	static final String SHEET = "Audits";

	static final List<String> COLUMNS = List.of("visit", "date", "location");

	private final Columns columns;

	private final ResponseSink sink;

	private final CellReader cells;

	AuditRows(Questionnaire questionnaire, Columns columns, ResponseSink sink) {
		this.columns = columns;
		this.sink = sink;
		this.cells = new CellReader(SHEET, questionnaire.engagement().scale());
	}

	@Override
	public void accept(SheetRow row) {
		if (row.number() <= this.columns.headerRow() || row.isBlank()) {
			return;
		}
		this.cells.reset();
		double[] delivered = this.cells.answers(row, this.columns.items('D'));
		this.cells.problems().forEach(this.sink::problem);
		this.sink.audit(new AuditVisit(row.number(), row.textOrNull(this.columns.column("visit")),
				row.textOrNull(this.columns.column("location")), delivered));
	}

}
