package io.gapreport.workbook;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A workbook part's bytes, refused with {@link TooLarge} once they unpack to more than a
 * limit: for the parts that are parsed whole (the styles, the shared strings), so that a
 * file that unpacks to far more than its size (a zip bomb under POI's ratio check) cannot
 * take the run's memory.
 */
final class PartLimit extends FilterInputStream {

	/** The styles part: real workbooks' take kilobytes. */
	static final long STYLES = 16L * 1024 * 1024;

	/**
	 * The shared strings part: its characters are limited too, in {@link SharedTexts}.
	 */
	static final long SHARED_STRINGS = 256L * 1024 * 1024;

	private final String part;

	private final long limit;

	private long read;

	PartLimit(InputStream in, String part, long limit) {
		super(in);
		this.part = part;
		this.limit = limit;
	}

	@Override
	public int read() throws IOException {
		int b = this.in.read();
		if (b >= 0) {
			count(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = this.in.read(buffer, offset, length);
		if (n > 0) {
			count(n);
		}
		return n;
	}

	@Override
	public long skip(long n) throws IOException {
		long skipped = this.in.skip(n);
		count(skipped);
		return skipped;
	}

	private void count(long n) {
		this.read += n;
		if (this.read > this.limit) {
			throw new TooLarge("the file's part " + this.part + " unpacks to more than "
					+ TooLarge.count(this.limit / (1024 * 1024)) + " MB, far more than a workbook's takes "
					+ "(a zip bomb?): not read");
		}
	}

}
