package io.gapreport.run;

import java.util.List;
import java.util.Objects;

import io.gapreport.scoring.Scores;
import io.gapreport.scoring.UnitScore;
import org.jspecify.annotations.Nullable;

/**
 * Queues each report for its recipients, exactly once per workbook content and recipient:
 * a report is queued when it is recorded, in the same transaction, and sent by the
 * delivery step of the first run with {@code --mail}; a copy that failed stays queued for
 * the next run.
 */
public interface ReportDelivery {

	/**
	 * How the message of a {@link Status#FAILED} copy starts when the mail server refused
	 * the login: a setting to fix (exit code 2); the copy stays due for the next run.
	 */
	String LOGIN_REFUSED = "login refused by SMTP server ";

	/**
	 * Queues the report of {@code workbook}, carried by {@code letter}, for every
	 * recipient of {@code scores}' engagement, in the caller's transaction: the report is
	 * {@code size} bytes and will be at {@code letter.file()} once its record is
	 * committed (it is still under a temporary name while it is queued).
	 */
	void enqueue(String checksum, String workbook, Scores scores, ReportFile.Letter letter, long size);

	/**
	 * Queues the report of one unit of {@code workbook}, carried by {@code letter}, for
	 * that unit's recipients only (its Units-sheet {@code recipients}), as
	 * {@link #enqueue} does the client's: once per (unit report content, recipient).
	 */
	void enqueueUnit(String checksum, String workbook, Scores client, UnitScore unit, ReportFile.Letter letter,
			long size);

	/**
	 * What became of each copy of an already reported content so far, naming
	 * {@code workbook} as where it comes from now (it may have moved).
	 */
	List<Outcome> copies(String checksum, String workbook);

	/**
	 * What became of one recipient's copy.
	 *
	 * @param recipient the e-mail address
	 * @param status what happened
	 * @param message the mail server's answer for a failure, else empty or a short note
	 * @param unit the unit whose report the copy carries (as printed in the client's
	 * {@code units}); null for the client's report
	 */
	record Outcome(String recipient, Status status, String message, @Nullable String unit) {

		public Outcome {
			Objects.requireNonNull(recipient, "recipient");
			Objects.requireNonNull(status, "status");
			Objects.requireNonNull(message, "message");
		}

		/** A copy of the client's report. */
		public Outcome(String recipient, Status status, String message) {
			this(recipient, status, message, null);
		}

		/**
		 * What tells copies of one workbook apart: the recipient (in lower case) and the
		 * unit whose report it carries.
		 */
		public String key() {
			return ((this.unit != null) ? this.unit.toLowerCase(java.util.Locale.ROOT) : "") + "\n"
					+ this.recipient.toLowerCase(java.util.Locale.ROOT);
		}

		/** Whether the copy was not sent because the mail server refused the login. */
		public boolean loginRefused() {
			return this.status == Status.FAILED && this.message.startsWith(LOGIN_REFUSED);
		}

	}

	/** What became of one recipient's copy. */
	enum Status {

		/** Sent in this run. */
		SENT,
		/**
		 * Sent in this run, but an earlier attempt may have reached the recipient too:
		 * the connection failed after the message was handed over, or a run that had
		 * claimed the copy died. Both copies carry the same Message-ID.
		 */
		SENT_MAYBE_TWICE,
		/** Sent by an earlier run; not sent again. */
		ALREADY_SENT,
		/** Not sent: the run was without {@code --mail}. */
		WOULD_SEND,
		/** Sending failed after retries; the next run with {@code --mail} tries again. */
		FAILED,
		/**
		 * The mail server could not be reached or did not answer; the next run with
		 * {@code --mail} tries again.
		 */
		UNREACHABLE,
		/**
		 * Refused for good by the mail server in this run (a 5xx answer, in the message):
		 * not tried again unless the workbook changes or {@code --retry-refused} is
		 * given.
		 */
		REFUSED,
		/** Refused by the mail server in an earlier run; not tried again. */
		ALREADY_REFUSED;

		/** The status as written in run-summary.json. */
		public String key() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

		/** Whether the copy failed in this run, failing its workbook. */
		public boolean failedNow() {
			return this == FAILED || this == UNREACHABLE || this == REFUSED;
		}

	}

	/** Delivers nothing. */
	ReportDelivery NONE = new ReportDelivery() {

		@Override
		public void enqueue(String checksum, String workbook, Scores scores, ReportFile.Letter letter, long size) {
		}

		@Override
		public void enqueueUnit(String checksum, String workbook, Scores client, UnitScore unit,
				ReportFile.Letter letter, long size) {
		}

		@Override
		public List<Outcome> copies(String checksum, String workbook) {
			return List.of();
		}

	};

}
