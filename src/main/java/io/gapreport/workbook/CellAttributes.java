package io.gapreport.workbook;

import org.codehaus.stax2.typed.TypedValueDecoder;

/**
 * A worksheet cell's attributes as {@link SheetScanner} decodes them straight from the
 * parser's characters: its column from {@code r}, its type from {@code t}.
 */
final class CellAttributes {

	/** A number, or a cell without {@code t} (also {@code n} and {@code d}). */
	static final byte NUMBER = 0;

	/** {@code t="str"}: a formula's text result. */
	static final byte FORMULA = 1;

	/** {@code t="s"}: an index into the shared strings. */
	static final byte SHARED = 2;

	/** {@code t="inlineStr"}. */
	static final byte INLINE = 3;

	/** {@code t="b"}. */
	static final byte BOOLEAN = 4;

	/** {@code t="e"}: an error such as {@code #N/A}. */
	static final byte ERROR = 5;

	private CellAttributes() {
	}

	/** The 0-based column of a reference like {@code AB12}, or -1. */
	static int column(String reference) {
		return column(reference.toCharArray(), 0, reference.length());
	}

	static int column(char[] reference, int start, int end) {
		int column = 0;
		int letters = 0;
		for (int i = start; i < end; i++) {
			char c = reference[i];
			if (c >= 'A' && c <= 'Z') {
				column = column * 26 + (c - 'A' + 1);
				letters++;
			}
			else if (c >= 'a' && c <= 'z') {
				column = column * 26 + (c - 'a' + 1);
				letters++;
			}
			else {
				break;
			}
		}
		return (letters == 0 || letters > 3) ? -1 : column - 1;
	}

	/**
	 * Decodes a cell's {@code r} attribute into its 0-based column (-1 when unreadable).
	 */
	static final class Reference extends TypedValueDecoder {

		int column;

		@Override
		public void decode(String lexical) {
			this.column = column(lexical);
		}

		@Override
		public void decode(char[] lexical, int start, int end) {
			this.column = column(lexical, start, end);
		}

		@Override
		public void handleEmptyValue() {
			this.column = -1;
		}

	}

	/** Decodes a cell's {@code t} attribute into its type. */
	static final class CellType extends TypedValueDecoder {

		byte type;

		@Override
		public void decode(String lexical) {
			decode(lexical.toCharArray(), 0, lexical.length());
		}

		@Override
		public void decode(char[] lexical, int start, int end) {
			this.type = switch (end - start) {
				case 1 -> switch (lexical[start]) {
					case 's' -> SHARED;
					case 'b' -> BOOLEAN;
					case 'e' -> ERROR;
					default -> NUMBER;
				};
				case 3 -> is(lexical, start, "str") ? FORMULA : NUMBER;
				case 9 -> is(lexical, start, "inlineStr") ? INLINE : NUMBER;
				default -> NUMBER;
			};
		}

		@Override
		public void handleEmptyValue() {
			this.type = NUMBER;
		}

		private static boolean is(char[] lexical, int start, String word) {
			for (int i = 0; i < word.length(); i++) {
				if (lexical[start + i] != word.charAt(i)) {
					return false;
				}
			}
			return true;
		}

	}

}
