package io.gapreport.workbook;

import java.math.BigDecimal;
import java.util.Arrays;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.jspecify.annotations.Nullable;

/**
 * One worksheet row as the scanner saw it, by 0-based column: text cells as their text
 * (error cells {@code ERROR:#DIV/0!}), numeric cells as their value, given as text only
 * when asked (numbers raw, {@code 5}, {@code 4.5}, never {@code 1,234}; date-formatted
 * ones as ISO {@code yyyy-mm-dd}). The scanner refills one instance row after row:
 * {@link #copy()} keeps a row.
 */
final class SheetRow {

	static final String ERROR_PREFIX = "ERROR:";

	private static final byte ABSENT = 0;

	private static final byte TEXT = 1;

	private static final byte NUMBER = 2;

	private static final byte DATE = 3;

	private int number;

	private int width;

	private byte[] kinds;

	private @Nullable String[] texts;

	private double[] numbers;

	/**
	 * Column names that replace letter-and-number references (an export's columns), or
	 * null for a worksheet row.
	 */
	private @Nullable String @Nullable [] names;

	SheetRow() {
		this(16);
	}

	/** A row of text cells (null: absent), e.g. a CSV record. */
	SheetRow(int number, @Nullable String[] cells) {
		this(number, cells, null);
	}

	/**
	 * A row of text cells whose cells are referred to by column name (an export's
	 * columns) rather than by letter and row number.
	 */
	SheetRow(int number, @Nullable String[] cells, @Nullable String @Nullable [] names) {
		this(Math.max(cells.length, 1));
		start(number);
		for (int column = 0; column < cells.length; column++) {
			if (cells[column] != null) {
				setText(column, cells[column]);
			}
		}
		this.names = names;
	}

	private SheetRow(int capacity) {
		this.kinds = new byte[capacity];
		this.texts = new String[capacity];
		this.numbers = new double[capacity];
	}

	/** Starts row {@code number} (1-based) with no cells. */
	void start(int number) {
		Arrays.fill(this.kinds, 0, this.width, ABSENT);
		Arrays.fill(this.texts, 0, this.width, null);
		this.number = number;
		this.width = 0;
	}

	void setText(int column, String text) {
		set(column, TEXT);
		this.texts[column] = text;
	}

	void setNumber(int column, double value, boolean date) {
		set(column, date ? DATE : NUMBER);
		this.numbers[column] = value;
	}

	private void set(int column, byte kind) {
		if (column >= this.kinds.length) {
			int capacity = Math.max(column + 1, this.kinds.length * 2);
			this.kinds = Arrays.copyOf(this.kinds, capacity);
			this.texts = Arrays.copyOf(this.texts, capacity);
			this.numbers = Arrays.copyOf(this.numbers, capacity);
		}
		this.width = Math.max(this.width, column + 1);
		this.kinds[column] = kind;
		this.texts[column] = null;
	}

	/** A copy that later rows do not overwrite. */
	SheetRow copy() {
		SheetRow copy = new SheetRow(Math.max(this.width, 1));
		copy.number = this.number;
		copy.width = this.width;
		System.arraycopy(this.kinds, 0, copy.kinds, 0, this.width);
		System.arraycopy(this.texts, 0, copy.texts, 0, this.width);
		System.arraycopy(this.numbers, 0, copy.numbers, 0, this.width);
		copy.names = this.names;
		return copy;
	}

	/** The 1-based row number. */
	int number() {
		return this.number;
	}

	/**
	 * Whether the cell holds a finite number (not date-formatted), read without text.
	 */
	boolean isNumber(int column) {
		return column >= 0 && column < this.width && this.kinds[column] == NUMBER
				&& Double.isFinite(this.numbers[column]);
	}

	/** The value of a cell for which {@link #isNumber} holds. */
	double number(int column) {
		return this.numbers[column];
	}

	/** The cell's text as read, or null when the cell is absent. */
	@Nullable String raw(int column) {
		if (column < 0 || column >= this.width) {
			return null;
		}
		return switch (this.kinds[column]) {
			case TEXT -> this.texts[column];
			case NUMBER -> plain(this.numbers[column]);
			case DATE -> DateUtil.getLocalDateTime(this.numbers[column]).toLocalDate().toString();
			default -> null;
		};
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
		return this.width;
	}

	boolean isBlank() {
		for (int column = 0; column < this.width; column++) {
			byte kind = this.kinds[column];
			if (kind == NUMBER || kind == DATE || (kind == TEXT && !this.texts[column].isBlank())) {
				return false;
			}
		}
		return true;
	}

	/** The cell reference, e.g. {@code F17}, or the column's name in an export. */
	String reference(int column) {
		if (this.names != null && column < this.names.length && this.names[column] != null) {
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

	/** A number as plain text: {@code 5}, {@code 4.5}, {@code 0.001}. */
	static String plain(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return Double.toString(value);
		}
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

}
