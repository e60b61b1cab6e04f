package io.gapreport.workbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.gapreport.survey.InputProblem;
import io.gapreport.survey.Scale;
import org.jspecify.annotations.Nullable;

/**
 * Reads the answer cells of one respondent row, keeping the invalid cells it meets as
 * pending problems that the row's caller reports only if it keeps the row.
 */
final class CellReader {

	private static final Comparator<InputProblem> LEFT_TO_RIGHT = Comparator
		.comparingInt((InputProblem problem) -> problem.cell().length())
		.thenComparing(InputProblem::cell);

	private final String sheet;

	private final Scale scale;

	private final List<InputProblem> problems = new ArrayList<>();

	private final AnswerTally tally;

	private int valid;

	CellReader(String sheet, Scale scale, AnswerTally tally) {
		this.sheet = sheet;
		this.scale = scale;
		this.tally = tally;
	}

	/** Starts a new row: forgets the previous row's problems and valid answers. */
	void reset() {
		this.problems.clear();
		this.valid = 0;
	}

	/** The invalid cells of the current row, left to right. */
	List<InputProblem> problems() {
		if (this.problems.size() > 1) {
			this.problems.sort(LEFT_TO_RIGHT);
		}
		return this.problems;
	}

	/** How many valid answers (and nps) the current row has had. */
	int valid() {
		return this.valid;
	}

	/** The answers in {@code columns}, indexed like the questions; NaN = not answered. */
	double[] answers(SheetRow row, int[] columns) {
		double[] answers = new double[columns.length];
		for (int i = 0; i < columns.length; i++) {
			answers[i] = answer(row, columns[i]);
		}
		return answers;
	}

	private double answer(SheetRow row, int column) {
		if (blank(row, column)) {
			return Double.NaN;
		}
		double value = numberIn(row, column);
		if (Double.isNaN(value)) {
			String text = row.text(column);
			return SheetRow.isError(text) ? invalid(row, column, text, "error cell " + SheetRow.errorCode(text))
					: invalid(row, column, text, "not a number");
		}
		this.tally.answer(value, this.scale.contains(value));
		if (!this.scale.contains(value)) {
			return invalid(row, column, row.text(column), "out of scale " + this.scale);
		}
		this.valid++;
		return value;
	}

	@Nullable Integer nps(SheetRow row, int column) {
		if (blank(row, column)) {
			return null;
		}
		double value = numberIn(row, column);
		if (!(value >= 0 && value <= 10 && value == Math.rint(value))) {
			invalid(row, column, row.text(column), "nps must be a whole number 0..10");
			return null;
		}
		this.valid++;
		return (int) value;
	}

	@Nullable Boolean resolved(SheetRow row, int column) {
		String text = row.text(column);
		if (Values.notAnswered(text)) {
			return null;
		}
		Boolean resolved = Values.yesNo(text);
		if (resolved == null) {
			invalid(row, column, text, "resolved must be yes/no");
		}
		return resolved;
	}

	/** Whether the cell is not answered: empty, or text that says so (N/A, -, …). */
	private static boolean blank(SheetRow row, int column) {
		return !row.isNumber(column) && Values.notAnswered(row.text(column));
	}

	/** The number the cell holds or its text spells; NaN when the text is no number. */
	private static double numberIn(SheetRow row, int column) {
		return row.isNumber(column) ? row.number(column) : Values.number(row.text(column));
	}

	private double invalid(SheetRow row, int column, String text, String reason) {
		this.problems
			.add(new InputProblem(this.sheet, row.number(), row.reference(column), Values.shown(text), reason));
		return Double.NaN;
	}

}
