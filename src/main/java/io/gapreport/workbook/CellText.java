package io.gapreport.workbook;

import java.util.Arrays;

/**
 * The characters of one cell value as the scanner collects them, read as a number or a
 * shared-string index without making a string first. At most {@link #MAX} characters are
 * kept; the rest are only counted, so that a cell too long for Excel is refused without
 * first being held.
 */
final class CellText implements CharSequence {

	/** Powers of ten that a double holds exactly. */
	private static final double[] POWERS = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
			1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22 };

	/** Digits that fit a double's 53-bit mantissa whatever they are. */
	private static final int EXACT_DIGITS = 15;

	private char[] chars = new char[32];

	/** Excel's own limit on a cell's text. */
	static final int MAX = 32_767;

	private int length;

	private long count;

	void clear() {
		this.length = 0;
		this.count = 0;
	}

	void append(char[] source, int start, int count) {
		this.count += count;
		if (this.length + count > MAX) {
			count = Math.max(0, MAX + 1 - this.length);
		}
		if (this.length + count > this.chars.length) {
			this.chars = Arrays.copyOf(this.chars, Math.max(this.length + count, this.chars.length * 2));
		}
		System.arraycopy(source, start, this.chars, this.length, count);
		this.length += count;
	}

	/** Whether the text is longer than {@link #MAX}: only its length is known then. */
	boolean tooLong() {
		return this.count > MAX;
	}

	/** How many characters the cell holds, those not kept included. */
	long count() {
		return this.count;
	}

	/**
	 * The number the characters spell, as {@link Double#parseDouble} reads it. Plain
	 * decimals of up to 15 digits (every number a survey answer holds) are computed
	 * directly, exactly: the digits and the power of ten are both exact doubles, and one
	 * division rounds correctly.
	 * @throws NumberFormatException when the characters spell no number
	 */
	double number() {
		char[] c = this.chars;
		int i = 0;
		boolean negative = this.length > 0 && c[0] == '-';
		if (negative) {
			i++;
		}
		long digits = 0;
		int count = 0;
		int point = -1;
		for (; i < this.length; i++) {
			char ch = c[i];
			if (ch >= '0' && ch <= '9') {
				digits = digits * 10 + (ch - '0');
				count++;
			}
			else if (ch == '.' && point < 0) {
				point = count;
			}
			else {
				break;
			}
		}
		if (i < this.length || count == 0 || count > EXACT_DIGITS) {
			return Double.parseDouble(toString());
		}
		double value = digits;
		if (point >= 0) {
			value /= POWERS[count - point];
		}
		return negative ? -value : value;
	}

	/** The shared-string index the characters spell, or -1. */
	int index() {
		if (this.length == 0 || this.length > 9) {
			return parseIndex();
		}
		int index = 0;
		for (int i = 0; i < this.length; i++) {
			char ch = this.chars[i];
			if (ch < '0' || ch > '9') {
				return parseIndex();
			}
			index = index * 10 + (ch - '0');
		}
		return index;
	}

	private int parseIndex() {
		try {
			return Integer.parseInt(toString());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	@Override
	public int length() {
		return this.length;
	}

	@Override
	public char charAt(int index) {
		return this.chars[index];
	}

	@Override
	public CharSequence subSequence(int start, int end) {
		return toString().substring(start, end);
	}

	@Override
	public String toString() {
		return new String(this.chars, 0, this.length);
	}

}
