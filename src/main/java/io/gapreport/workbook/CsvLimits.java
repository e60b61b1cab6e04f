package io.gapreport.workbook;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A CSV export's characters, refused with {@link TooLarge} where a field is longer than a
 * cell may be (32,767 characters, Excel's own limit) or a record has more fields than a
 * sheet has columns (16,384), before the CSV parser holds them: a field is counted from
 * the last separator or line break outside quotes, so that no record of any size is held
 * whole.
 */
final class CsvLimits extends FilterReader {

	private final String file;

	private final char separator;

	private boolean quoted;

	private long field;

	private int fields = 1;

	private int record = 1;

	CsvLimits(Reader in, String file, char separator) {
		super(in);
		this.file = file;
		this.separator = separator;
	}

	@Override
	public int read() throws IOException {
		int c = this.in.read();
		if (c >= 0) {
			count((char) c);
		}
		return c;
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		int n = this.in.read(buffer, offset, length);
		for (int i = offset; i < offset + n; i++) {
			count(buffer[i]);
		}
		return n;
	}

	private void count(char c) {
		if (c == '"') {
			this.quoted = !this.quoted;
		}
		else if (!this.quoted && (c == '\n' || c == '\r')) {
			if (c == '\n') {
				this.record++;
			}
			this.field = 0;
			this.fields = 1;
			return;
		}
		else if (!this.quoted && c == this.separator) {
			this.field = 0;
			if (++this.fields > SheetScanner.MAX_COLUMNS) {
				throw new TooLarge(this.file + ": record " + TooLarge.count(this.record) + " has more than "
						+ TooLarge.count(SheetScanner.MAX_COLUMNS) + " fields, the columns of an Excel sheet");
			}
			return;
		}
		if (++this.field > CellText.MAX) {
			throw new TooLarge(this.file + ": record " + TooLarge.count(this.record) + " holds a field longer than "
					+ TooLarge.count(CellText.MAX) + " characters, the limit of an Excel cell");
		}
	}

}
