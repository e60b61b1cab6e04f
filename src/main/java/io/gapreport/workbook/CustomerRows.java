package io.gapreport.workbook;

import java.util.List;
import java.util.function.Consumer;

import io.gapreport.survey.CustomerResponse;
import io.gapreport.survey.InputProblem;
import io.gapreport.survey.Questionnaire;
import io.gapreport.survey.ResponseSink;

/**
 * Turns Customers rows into {@link CustomerResponse}s, rejected rows and invalid cells.
 */
final class CustomerRows implements Consumer<SheetRow> {

	static final String SHEET = "Customers";

	static final List<String> COLUMNS = List.of("respondent", "date", "segment", "channel", "resolved", "nps",
			"comment");

	private final Columns columns;

	private final ResponseSink sink;

	private final CellReader cells;

	private final Respondents respondents = new Respondents();

	CustomerRows(Questionnaire questionnaire, Columns columns, ResponseSink sink) {
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
		String id = row.text(this.columns.column("respondent"));
		double[] expected = this.cells.answers(row, this.columns.items('E'));
		double[] perceived = this.cells.answers(row, this.columns.items('P'));
		Integer nps = this.cells.nps(row, this.columns.column("nps"));
		Boolean resolved = this.cells.resolved(row, this.columns.column("resolved"));
		String rejection = this.respondents.rejection(id, row.number(), this.cells.valid());
		if (rejection != null) {
			this.sink.problem(new InputProblem(SHEET, row.number(), "", id, rejection));
			return;
		}
		this.cells.problems().forEach(this.sink::problem);
		this.sink.customer(new CustomerResponse(row.number(), id, row.textOrNull(this.columns.column("segment")),
				Values.channel(row.text(this.columns.column("channel"))), resolved, nps,
				row.textOrNull(this.columns.column("comment")), expected, perceived));
	}

}
