package io.gapreport.workbook;

import java.util.function.Consumer;

import io.gapreport.survey.InputProblem;
import io.gapreport.survey.Questionnaire;
import io.gapreport.survey.ResponseSink;
import org.jspecify.annotations.Nullable;

/**
 * What the streamed sheets (Customers, Management, Audits) share: skip the header and
 * blank rows, read a row's cells afresh, and for respondent sheets either reject the row
 * or pass its invalid cells on before the row itself.
 */
abstract class AnswerRows implements Consumer<SheetRow> {

	final Columns columns;

	final ResponseSink sink;

	final CellReader cells;

	/** The sheet (or export) the rows come from. */
	final String sheet;

	private final Respondents respondents = new Respondents();

	AnswerRows(String sheet, Questionnaire questionnaire, Columns columns, ResponseSink sink, AnswerTally tally) {
		this.sheet = sheet;
		this.columns = columns;
		this.sink = sink;
		this.cells = new CellReader(sheet, questionnaire.engagement().scale(), tally);
	}

	@Override
	public final void accept(SheetRow row) {
		if (row.number() <= this.columns.headerRow() || row.isBlank()) {
			return;
		}
		readData(row);
	}

	/** Reads a row known to hold data (not a header row, not blank). */
	final void readData(SheetRow row) {
		this.cells.reset();
		read(row);
	}

	/** Reads one data row. */
	abstract void read(SheetRow row);

	/**
	 * Rejects the row of respondent {@code id} (blank, repeated, or without a valid
	 * answer), or passes its invalid cells on and then {@code keep} the row; returns
	 * whether it was kept.
	 */
	final boolean keepOrReject(SheetRow row, String id, Runnable keep) {
		String rejection = this.respondents.rejection(id, row.number(), this.cells.valid());
		if (rejection != null) {
			this.sink.problem(new InputProblem(this.sheet, row.number(), "", id, rejection));
			return false;
		}
		passProblems();
		keep.run();
		return true;
	}

	/** The row's {@code unit}, trimmed, or null when blank or there is no such column. */
	final @Nullable String unit(SheetRow row) {
		String unit = row.textOrNull(this.columns.column("unit"));
		return (unit != null) ? unit.strip() : null;
	}

	/** Passes the row's invalid cells on. */
	final void passProblems() {
		this.cells.problems().forEach(this.sink::problem);
	}

}
