package io.gapreport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Starts every line written through it with the local date and time to the second, e.g.
 * {@code 2026-11-29 02:00:07 }, so that every command's lines can be placed in time, in
 * the same form as the workers' log lines on the console ({@code logback-spring.xml}).
 */
final class TimestampedWriter extends Writer {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss ");

	private final Writer out;

	private boolean lineStart = true;

	TimestampedWriter(Writer out) {
		this.out = out;
	}

	/**
	 * A writer of lines that start with their time, flushed at each line: the console of
	 * every command ({@link GapReportCli#execute}).
	 */
	static PrintWriter printWriter(Writer out) {
		return new PrintWriter(new TimestampedWriter(out), true);
	}

	@Override
	public void write(char[] buffer, int offset, int length) throws IOException {
		synchronized (this.lock) {
			for (int i = offset; i < offset + length; i++) {
				if (this.lineStart) {
					this.out.write(LocalDateTime.now().format(TIME));
					this.lineStart = false;
				}
				this.out.write(buffer[i]);
				this.lineStart = buffer[i] == '\n';
			}
		}
	}

	@Override
	public void flush() throws IOException {
		this.out.flush();
	}

	@Override
	public void close() throws IOException {
		this.out.close();
	}

}
