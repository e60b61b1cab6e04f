package io.gapreport.workbook;

import org.apache.poi.ss.util.CellReference;
import org.jspecify.annotations.Nullable;

/**
 * One worksheet row as the event parser saw it: cell values by 0-based column, as text
 * (numbers raw, dates ISO, error cells {@code ERROR:#DIV/0!}).
 */
final class SheetRow {

	static final String ERROR_PREFIX = "ERROR:";

	private final int number;

	private final @Nullable String[] cells;

	private final @Nullable String @Nullable [] names;

	SheetRow(int number, @Nullable String[] cells) {
		this(number, cells, null);
	}

	/**
	 * A row whose cells are referred to by column name (an export's columns) rather than
	 * by letter and row number.
	 */
	SheetRow(int number, @Nullable String[] cells, @Nullable String @Nullable [] names) {
		this.number = number;
		this.cells = cells;
		this.names = names;
	}

	/** The 1-based row number. */
	int number() {
		return this.number;
	}

	/** The cell's text as read, or null when the cell is absent. */
	@Nullable String raw(int column) {
		return (column >= 0 && column < this.cells.length) ? this.cells[column] : null;
	}

	/** The cell's text, trimmed, or empty when absent. */
	String text(int column) {
		String raw = raw(column);
		return (raw != null) ? raw.strip() : "";
	}

	/** The trimmed text, or null when blank. */
	@Nullable String textOrNull(int column) {
		String text = text(column);
		return text.isEmpty() ? null : text;
	}

	int width() {
		return this.cells.length;
	}

	boolean isBlank() {
		for (String cell : this.cells) {
			if (cell != null && !cell.isBlank()) {
				return false;
			}
		}
		return true;
	}

	/** The cell reference, e.g. {@code F17}, or the column's name in an export. */
	String reference(int column) {
		if (this.names != null && this.names[column] != null) {
			return this.names[column];
		}
		return CellReference.convertNumToColString(column) + this.number;
	}

	static boolean isError(String text) {
		return text.startsWith(ERROR_PREFIX);
	}

	static String errorCode(String text) {
		return text.substring(ERROR_PREFIX.length());
	}

}
