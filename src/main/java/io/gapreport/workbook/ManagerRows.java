package io.gapreport.workbook;

import java.util.List;

import io.gapreport.survey.ManagerResponse;
import io.gapreport.survey.Questionnaire;
import io.gapreport.survey.ResponseSink;

/**
 * Turns Management rows into {@link ManagerResponse}s, rejected rows and invalid cells.
 */
final class ManagerRows extends AnswerRows {

	static final String SHEET = "Management";

	static final List<String> COLUMNS = List.of("respondent", "role", "unit");

	ManagerRows(Questionnaire questionnaire, Columns columns, ResponseSink sink, AnswerTally tally) {
		super(SHEET, questionnaire, columns, sink, tally);
	}

	@Override
	void read(SheetRow row) {
		String id = row.text(this.columns.column("respondent"));
		double[] expected = this.cells.answers(row, this.columns.items('E'));
		double[] perceived = this.cells.answers(row, this.columns.items('P'));
		keepOrReject(row, id, () -> this.sink.manager(new ManagerResponse(row.number(), id,
				row.textOrNull(this.columns.column("role")), expected, perceived, unit(row))));
	}

}
