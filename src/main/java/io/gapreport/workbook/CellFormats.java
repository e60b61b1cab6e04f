package io.gapreport.workbook;

import java.util.Arrays;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.jspecify.annotations.Nullable;

/**
 * What a cell's style and the shared strings mean for its value, looked up once per style
 * and per string rather than once per cell: whether a number is shown as a date or as
 * written, and the text of each shared string.
 */
final class CellFormats {

	/** A number whose style has no number format: its text is given as written. */
	static final byte RAW = 1;

	/** A number with an ordinary number format. */
	static final byte PLAIN = 2;

	/** A number with a date format. */
	static final byte DATE = 3;

	/** Excel's limit on a workbook's cell formats, 64,000, rounded up. */
	private static final int MAX_STYLES = 65_536;

	private final @Nullable StylesTable styles;

	private final SharedTexts strings;

	private byte[] kinds = new byte[8];

	CellFormats(@Nullable StylesTable styles, SharedTexts strings) {
		this.styles = styles;
		this.strings = strings;
	}

	/**
	 * How numbers in style {@code style} are shown: {@link #RAW}, {@link #PLAIN} or
	 * {@link #DATE}.
	 * @param style the cell's {@code s} attribute, or -1 when it has none
	 */
	byte numberKind(int style) {
		if (style < -1 || style >= MAX_STYLES) {
			return lookUp(style);
		}
		int slot = style + 1;
		if (slot >= this.kinds.length) {
			this.kinds = Arrays.copyOf(this.kinds, Math.max(slot + 1, this.kinds.length * 2));
		}
		byte kind = this.kinds[slot];
		if (kind == 0) {
			kind = lookUp(style);
			this.kinds[slot] = kind;
		}
		return kind;
	}

	private byte lookUp(int style) {
		XSSFCellStyle cellStyle = null;
		if (this.styles != null) {
			if (style >= 0) {
				cellStyle = (style < this.styles.getNumCellStyles()) ? this.styles.getStyleAt(style) : null;
			}
			else if (this.styles.getNumCellStyles() > 0) {
				cellStyle = this.styles.getStyleAt(0);
			}
		}
		if (cellStyle == null) {
			return RAW;
		}
		int index = cellStyle.getDataFormat();
		String format = cellStyle.getDataFormatString();
		if (format == null) {
			format = BuiltinFormats.getBuiltinFormat(index);
		}
		if (format == null) {
			return RAW;
		}
		return DateUtil.isADateFormat(index, format) ? DATE : PLAIN;
	}

	/**
	 * The text of shared string {@code index}, or null when the workbook has no such
	 * string or it is too long to keep.
	 */
	@Nullable String sharedString(int index) {
		return this.strings.get(index);
	}

	/** The length of shared string {@code index}, or -1 when the workbook has none. */
	long sharedLength(int index) {
		return this.strings.length(index);
	}

	/** The text of an inline string, its {@code _xHHHH_} escapes decoded as POI does. */
	static String inline(String text) {
		return text.contains("_x") ? new XSSFRichTextString(text).getString() : text;
	}

}
