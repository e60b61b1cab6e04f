package io.gapreport.delivery;

/**
 * Why one attempt to send a copy failed, in the terms that decide what happens next: try
 * again now, send again marked as possibly twice, give up for good, or stop sending for
 * this run.
 */
public final class SendFailure extends Exception {

	private static final long serialVersionUID = 1L;

	private final Kind kind;

	private final boolean last;

	SendFailure(Kind kind, String message) {
		this(kind, message, false);
	}

	private SendFailure(Kind kind, String message, boolean last) {
		super(message, null, false, false);
		this.kind = kind;
		this.last = last;
	}

	/** What kind of failure it was. */
	public Kind kind() {
		return this.kind;
	}

	/**
	 * Whether another attempt in the same run may help: after a failure for now, or once
	 * after an attempt that may have delivered the copy (a copy is sent at most once more
	 * after such an attempt in one run).
	 */
	public boolean retried() {
		return (this.kind == Kind.TRANSIENT || this.kind == Kind.MAYBE_DELIVERED) && !this.last;
	}

	/** The same failure, not to be tried again in this run. */
	SendFailure last() {
		return new SendFailure(this.kind, getMessage(), true);
	}

	/** The kinds of failure, each with its own remedy. */
	public enum Kind {

		/**
		 * Nothing was delivered and it may work soon: a 4xx answer, a connection dropped
		 * before the message went out. Tried again in this run.
		 */
		TRANSIENT,
		/**
		 * The whole message was handed over and then the connection failed without an
		 * answer (dropped, reset, timed out): the server may have kept it. Sent once
		 * more, and that copy is marked as possibly twice.
		 */
		MAYBE_DELIVERED,
		/**
		 * The server refused the recipient or the message for good (a 5xx answer): never
		 * tried again unless the workbook changes or the user asks
		 * ({@code --retry-refused}).
		 */
		REFUSED,
		/**
		 * The server could not be reached or did not answer in time before the message
		 * went out: the run's remaining copies are not tried; the next run sends them.
		 */
		UNREACHABLE,
		/**
		 * The server refused the login ({@code spring.mail.username} or
		 * {@code spring.mail.password} wrong): a setting to fix, so the run's remaining
		 * copies are not tried, the run ends with exit code 2, and the next run with the
		 * setting fixed sends them.
		 */
		LOGIN_REFUSED

	}

}
