package io.gapreport.workbook;

import java.util.List;
import java.util.function.Consumer;

import io.gapreport.survey.InputProblem;
import io.gapreport.survey.ManagerResponse;
import io.gapreport.survey.Questionnaire;
import io.gapreport.survey.ResponseSink;

/**
 * Turns Management rows into {@link ManagerResponse}s, rejected rows and invalid cells.
 */
final class ManagerRows implements Consumer<SheetRow> {

	static final String SHEET = "Management";

	static final List<String> COLUMNS = List.of("respondent", "role");

	private final Columns columns;

	private final ResponseSink sink;

	private final CellReader cells;

	private final Respondents respondents = new Respondents();

	ManagerRows(Questionnaire questionnaire, Columns columns, ResponseSink sink) {
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
		String rejection = this.respondents.rejection(id, row.number(), this.cells.valid());
		if (rejection != null) {
			this.sink.problem(new InputProblem(SHEET, row.number(), "", id, rejection));
			return;
		}
		this.cells.problems().forEach(this.sink::problem);
		this.sink.manager(new ManagerResponse(row.number(), id, row.textOrNull(this.columns.column("role")), expected,
				perceived));
	}

}
