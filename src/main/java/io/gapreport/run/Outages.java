package io.gapreport.run;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Tells an outside service that cannot be reached (the job database, the mail server) and
 * a disk that cannot be written from a fault of gap-report, by the causes of a failure,
 * and words any failure on one line.
 */
public final class Outages {

	/**
	 * SQL states of a lost or refused connection: class 08, PostgreSQL's shutdown and
	 * too-many-connections states, H2's "connection broken" and "database in use".
	 */
	private static final List<String> CONNECTION_STATES = List.of("08", "57P01", "57P02", "57P03", "53300", "90067",
			"90020");

	private static final String CLOSED_CONNECTION = "Connection is closed";

	/** PostgreSQL's lock_not_available, H2's lock timeout. */
	private static final List<String> LOCK_TIMEOUT_STATES = List.of("55P03", "HYT00");

	private Outages() {
	}

	/** Whether {@code failure} comes from a service that could not be reached. */
	public static boolean isUnreachable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = next(cause)) {
			if (cause instanceof ConnectException || cause instanceof UnknownHostException
					|| cause instanceof NoRouteToHostException || cause instanceof SocketTimeoutException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& CONNECTION_STATES.stream().anyMatch(sql.getSQLState()::startsWith)) {
				return true;
			}
			// HikariCP's connection whose server connection was cut (its proxy after the
			// pool evicted it): no SQL state
			if (cause instanceof SQLException sql && sql.getSQLState() == null
					&& CLOSED_CONNECTION.equals(sql.getMessage())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether {@code failure} comes from a statement that waited too long for a row
	 * another connection holds (PostgreSQL's {@code lock_timeout}, H2's
	 * {@code LOCK_TIMEOUT}): another run's transaction is open, and may stay so.
	 */
	public static boolean isLockTimeout(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = next(cause)) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& LOCK_TIMEOUT_STATES.contains(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The input/output failure among {@code failure}'s causes (a full disk…), or null.
	 */
	public static @Nullable IOException ioCause(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = next(cause)) {
			if (cause instanceof IOException io) {
				return io;
			}
		}
		return null;
	}

	/**
	 * The deepest cause's message on one line (line breaks and runs of spaces become one
	 * space), or its type when it has none.
	 */
	public static String oneLine(Throwable failure) {
		Throwable deepest = failure;
		String message = failure.getMessage();
		for (Throwable cause = next(failure); cause != null; cause = next(cause)) {
			deepest = cause;
			if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
				message = cause.getMessage();
			}
		}
		return (message == null || message.isBlank()) ? deepest.getClass().getSimpleName() : oneLine(message);
	}

	/** {@code text} on one line: line breaks and runs of white space become one space. */
	public static String oneLine(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

	private static @Nullable Throwable next(Throwable cause) {
		Throwable next = cause.getCause();
		return (next == cause) ? null : next;
	}

}
