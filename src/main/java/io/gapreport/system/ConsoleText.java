package io.gapreport.system;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Text from workbooks made safe to show on a terminal or in a log: control characters
 * (terminal escape sequences such as {@code ESC [ 31m}, carriage returns, bells) and the
 * Unicode controls that reorder text on screen are written as Java escapes,
 * {@code \u001b}, so that what a workbook holds is shown, never obeyed. Line breaks and
 * tabs are kept: they shape gap-report's own output and stack traces (workbook values
 * reach the console on one line already).
 */
public final class ConsoleText {

	private ConsoleText() {
	}

	/**
	 * {@code text} with every control character but line breaks and tabs escaped.
	 * @param text the text
	 * @return the text as it may be shown
	 */
	public static String escape(String text) {
		int first = firstUnsafe(text);
		if (first < 0) {
			return text;
		}
		StringBuilder escaped = new StringBuilder(text.length() + 16).append(text, 0, first);
		for (int i = first; i < text.length(); i++) {
			append(escaped, text.charAt(i));
		}
		return escaped.toString();
	}

	/**
	 * A writer that escapes, as {@link #escape} does, what is written to {@code out}.
	 * @param out where the escaped text goes
	 * @return the writer
	 */
	public static Writer escaping(Writer out) {
		return new Escaping(out);
	}

	private static int firstUnsafe(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			if (isUnsafe(text.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	static boolean isUnsafe(char c) {
		if (c == '\n' || c == '\t') {
			return false;
		}
		return Character.isISOControl(c) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
	}

	private static void append(StringBuilder out, char c) {
		if (isUnsafe(c)) {
			out.append(String.format("\\u%04x", (int) c));
		}
		else {
			out.append(c);
		}
	}

	/** The writer behind {@link #escaping}. */
	private static final class Escaping extends FilterWriter {

		Escaping(Writer out) {
			super(out);
		}

		@Override
		public void write(int c) throws IOException {
			if (isUnsafe((char) c)) {
				this.out.write(String.format("\\u%04x", c & 0xffff));
			}
			else {
				this.out.write(c);
			}
		}

		@Override
		public void write(char[] chars, int offset, int length) throws IOException {
			write(new String(chars, offset, length), 0, length);
		}

		@Override
		public void write(String text, int offset, int length) throws IOException {
			String part = text.substring(offset, offset + length);
			String escaped = escape(part);
			this.out.write(escaped, 0, escaped.length());
		}

	}

}
