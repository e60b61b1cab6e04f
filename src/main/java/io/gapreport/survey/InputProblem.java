package io.gapreport.survey;

import java.util.Objects;

/**
 * A rejected row or an invalid cell, as listed in {@code rejected.csv}.
 *
 * @param sheet the sheet name as the workbook spells it
 * @param row the 1-based worksheet row number
 * @param cell the cell reference, e.g. {@code F17}, or empty for a rejected row
 * @param value the cell's value as text, or empty
 * @param reason why it was rejected, in plain words
 */
public record InputProblem(String sheet, int row, String cell, String value, String reason) {

	public InputProblem {
		Objects.requireNonNull(sheet, "sheet");
		Objects.requireNonNull(cell, "cell");
		Objects.requireNonNull(value, "value");
		Objects.requireNonNull(reason, "reason");
	}

	/** Whether this is a whole rejected row rather than one invalid cell. */
	public boolean isRejectedRow() {
		return cell.isEmpty();
	}

	/**
	 * The reference a person can find, e.g. {@code Customers!F17} or
	 * {@code Customers row 9}.
	 */
	public String reference() {
		return isRejectedRow() ? sheet + " row " + row : sheet + "!" + cell;
	}

	/**
	 * {@link #reference()}, with the record number of an invalid cell in a survey tool's
	 * export, whose cell is a column's name ({@code responses.csv!Q3 (record 12)}); a
	 * worksheet's cell reference names its row already.
	 */
	public String place() {
		boolean worksheetCell = cell.matches("[A-Z]{1,3}" + row) && !sheet.matches("(?i).+\\.(csv|tsv|txt|xlsx)");
		return (isRejectedRow() || worksheetCell) ? reference() : reference() + " (record " + row + ")";
	}

}
