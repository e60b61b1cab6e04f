package io.gapreport.workbook;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * A part's UTF-8 XML with every run of more than {@link #RUN} bytes without a {@code <}
 * split by an empty comment ({@code <!---->}): Aalto gathers a whole text node before it
 * hands any of it over, so a cell of 150,000,000 characters would be held in memory whole
 * before the scanner could refuse it. An empty comment in character data changes nothing
 * of its text (the scanner skips comments), so a real workbook reads the same; a run that
 * long is never markup, and when it is (an attribute or a comment of a quarter megabyte)
 * the parser refuses the part. The split falls before a character, never inside a UTF-8
 * sequence or an {@code &...;} reference. UTF-16 parts (which Excel never writes) are
 * passed through unchanged.
 */
final class XmlSegments extends FilterInputStream {

	/** More bytes than any cell of 32,767 characters takes, entities included. */
	static final int RUN = 256 * 1024;

	private static final byte[] SPLIT = "<!---->".getBytes(StandardCharsets.US_ASCII);

	/** Bytes since the last {@code <}. */
	private long run;

	/** How much of {@link #SPLIT} is still to be given out (0: none). */
	private int splitLeft;

	/** Bytes read past a split, given out after it. */
	private byte @Nullable [] pending;

	private int pendingNext;

	private boolean started;

	private boolean utf16;

	XmlSegments(InputStream in) {
		super(in);
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		int n = read(one, 0, 1);
		return (n < 0) ? -1 : (one[0] & 0xff);
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		if (this.splitLeft > 0) {
			int n = Math.min(length, this.splitLeft);
			System.arraycopy(SPLIT, SPLIT.length - this.splitLeft, buffer, offset, n);
			this.splitLeft -= n;
			this.run = 0;
			return n;
		}
		int n = next(buffer, offset, Math.min(length, RUN));
		if (n <= 0 || isUtf16(buffer, offset, n)) {
			return n;
		}
		int first = indexOf(buffer, offset, n);
		if (first >= 0 && this.run + (first - offset) <= RUN) {
			// the usual case, markup every few bytes: only the tail counts on (no run
			// within the buffer is longer than the buffer)
			this.run = offset + n - 1 - lastIndexOf(buffer, offset, n);
			return n;
		}
		long room = RUN - this.run;
		if (first < 0 && room >= n) {
			this.run += n;
			return n;
		}
		int cut = safeCut(buffer, offset, (int) Math.max(room, 0), n);
		this.pending = Arrays.copyOfRange(buffer, offset + cut, offset + n);
		this.pendingNext = 0;
		this.splitLeft = SPLIT.length;
		if (cut == 0) {
			return read(buffer, offset, length);
		}
		return cut;
	}

	/** Reads the bytes held back first, then the stream's. */
	private int next(byte[] buffer, int offset, int length) throws IOException {
		byte[] held = this.pending;
		if (held != null) {
			int n = Math.min(length, held.length - this.pendingNext);
			System.arraycopy(held, this.pendingNext, buffer, offset, n);
			this.pendingNext += n;
			if (this.pendingNext == held.length) {
				this.pending = null;
			}
			return n;
		}
		return this.in.read(buffer, offset, length);
	}

	private boolean isUtf16(byte[] buffer, int offset, int n) {
		if (!this.started) {
			this.started = true;
			this.utf16 = n >= 2 && ((buffer[offset] == (byte) 0xFE && buffer[offset + 1] == (byte) 0xFF)
					|| (buffer[offset] == (byte) 0xFF && buffer[offset + 1] == (byte) 0xFE) || buffer[offset] == 0
					|| buffer[offset + 1] == 0);
		}
		return this.utf16;
	}

	/**
	 * A cut at or before {@code at} that falls before a character and outside an entity
	 * reference (0: none in this buffer).
	 */
	private static int safeCut(byte[] buffer, int offset, int at, int n) {
		int cut = Math.min(at, n);
		while (cut > 0 && cut < n && (buffer[offset + cut] & 0xC0) == 0x80) {
			cut--;
		}
		for (int i = cut - 1; i >= 0 && i >= cut - 16; i--) {
			byte b = buffer[offset + i];
			if (b == ';' || b == '<' || b == '>') {
				break;
			}
			if (b == '&') {
				cut = i;
				break;
			}
		}
		return cut;
	}

	private static int indexOf(byte[] buffer, int offset, int n) {
		for (int i = offset, end = offset + n; i < end; i++) {
			if (buffer[i] == '<') {
				return i;
			}
		}
		return -1;
	}

	private static int lastIndexOf(byte[] buffer, int offset, int n) {
		for (int i = offset + n - 1; i >= offset; i--) {
			if (buffer[i] == '<') {
				return i;
			}
		}
		return -1;
	}

	@Override
	public long skip(long n) throws IOException {
		byte[] skipped = new byte[(int) Math.min(n, 8192)];
		int read = read(skipped, 0, skipped.length);
		return Math.max(read, 0);
	}

	@Override
	public int available() {
		return 0;
	}

	@Override
	public boolean markSupported() {
		return false;
	}

}
