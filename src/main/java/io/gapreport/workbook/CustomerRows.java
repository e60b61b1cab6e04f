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
			"comment", "unit");

	private final AnswerTally tally;

	private final int respondent;

	private final int segment;

	private final int channel;

	private final int resolved;

	private final int nps;

	private final int comment;

	private final int unit;

	private final UnitFolders folders;

	private final int[] expected;

	private final int[] perceived;

	CustomerRows(Questionnaire questionnaire, Columns columns, ResponseSink sink, AnswerTally tally,
			UnitFolders folders) {
		this(SHEET, questionnaire, columns, sink, tally, folders);
	}

	/**
	 * Reads rows laid out like the Customers sheet from {@code source}, e.g. an export.
	 */
	CustomerRows(String source, Questionnaire questionnaire, Columns columns, ResponseSink sink, AnswerTally tally,
			UnitFolders folders) {
		super(source, questionnaire, columns, sink, tally);
		this.tally = tally;
		this.respondent = columns.column("respondent");
		this.segment = columns.column("segment");
		this.channel = columns.column("channel");
		this.resolved = columns.column("resolved");
		this.nps = columns.column("nps");
		this.comment = columns.column("comment");
		this.unit = columns.column("unit");
		this.folders = folders;
		this.expected = columns.items('E');
		this.perceived = columns.items('P');
	}

	@Override
	void read(SheetRow row) {
		String id = row.text(this.respondent);
		double[] expected = this.cells.answers(row, this.expected);
		double[] perceived = this.cells.answers(row, this.perceived);
		Integer nps = this.cells.nps(row, this.nps);
		Boolean resolved = this.cells.resolved(row, this.resolved);
		String unit = unit(row);
		if (unit != null) {
			this.folders.addAll(unit, this.sheet + "!" + row.reference(this.unit));
		}
		this.tally.customerRow(keepOrReject(row, id,
				() -> this.sink.customer(new CustomerResponse(row.number(), id, row.textOrNull(this.segment),
						Values.channel(row.text(this.channel)), resolved, nps, row.textOrNull(this.comment), expected,
						perceived, unit))));
	}

}
