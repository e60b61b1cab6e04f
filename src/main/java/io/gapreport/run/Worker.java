package io.gapreport.run;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * The process that reported a workbook: its host and process id, as
 * {@code run-summary.json} names it and as mail claims and the run lock record it
 * ({@code pid@host}).
 *
 * @param host the host name
 * @param pid the process id
 */
public record Worker(String host, long pid) {

	public Worker {
		Objects.requireNonNull(host, "host");
	}

	/** This process. */
	public static Worker current() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			host = "localhost";
		}
		return new Worker(host, ProcessHandle.current().pid());
	}

	/** Reads {@code pid@host}. */
	public static Worker parse(String text) {
		int at = text.indexOf('@');
		return new Worker(text.substring(at + 1), Long.parseLong(text.substring(0, at)));
	}

	@Override
	public String toString() {
		return this.pid + "@" + this.host;
	}

}
