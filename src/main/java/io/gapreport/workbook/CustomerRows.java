package io.gapreport.workbook;

import java.util.List;

import io.gapreport.survey.CustomerResponse;
import io.gapreport.survey.Questionnaire;
import io.gapreport.survey.ResponseSink;

/**
 * Turns Customers rows into {@link CustomerResponse}s, rejected rows and invalid cells.
 */
final class CustomerRows extends AnswerRows {

	static final String SHEET = "Customers";

	static final List<String> COLUMNS = List.of("respondent", "date", "segment", "channel", "resolved", "nps",
			"comment");

	private final AnswerTally tally;

	CustomerRows(Questionnaire questionnaire, Columns columns, ResponseSink sink, AnswerTally tally) {
		this(SHEET, questionnaire, columns, sink, tally);
	}

	/**
	 * Reads rows laid out like the Customers sheet from {@code source}, e.g. an export.
	 */
	CustomerRows(String source, Questionnaire questionnaire, Columns columns, ResponseSink sink, AnswerTally tally) {
		super(source, questionnaire, columns, sink, tally);
		this.tally = tally;
	}

	@Override
	void read(SheetRow row) {
		String id = row.text(this.columns.column("respondent"));
		double[] expected = this.cells.answers(row, this.columns.items('E'));
		double[] perceived = this.cells.answers(row, this.columns.items('P'));
		Integer nps = this.cells.nps(row, this.columns.column("nps"));
		Boolean resolved = this.cells.resolved(row, this.columns.column("resolved"));
		this.tally
			.customerRow(
					keepOrReject(row, id,
							() -> this.sink.customer(new CustomerResponse(row.number(), id,
									row.textOrNull(this.columns.column("segment")),
									Values.channel(row.text(this.columns.column("channel"))), resolved, nps,
									row.textOrNull(this.columns.column("comment")), expected, perceived))));
	}

}
