package io.gapreport.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import io.gapreport.scoring.Scores;

/**
 * Sends each report to its recipients, exactly once per workbook content and recipient: a
 * report is queued for its recipients when it is written, and sent by the first run with
 * {@code --mail}; a failed send stays queued for the next run.
 */
public interface ReportDelivery {

	/**
	 * Queues the report for every recipient of {@code scores}' engagement: it is
	 * {@code size} bytes and will be at {@code report} once its record is committed (it
	 * is still under a temporary name while it is queued).
	 */
	void enqueue(String checksum, Scores scores, Path report, long size);

	/**
	 * Sends what is queued for {@code checksum} and not yet sent, when {@code send}; else
	 * only says who would get it.
	 */
	List<Outcome> deliver(String checksum, boolean send);

	/**
	 * What became of one recipient's copy.
	 *
	 * @param recipient the e-mail address
	 * @param status what happened
	 * @param message the mail server's answer for a failure, else empty
	 */
	record Outcome(String recipient, Status status, String message) {

		public Outcome {
			Objects.requireNonNull(recipient, "recipient");
			Objects.requireNonNull(status, "status");
			Objects.requireNonNull(message, "message");
		}

	}

	/** What became of one recipient's copy. */
	enum Status {

		/** Sent in this run. */
		SENT,
		/**
		 * Sent in this run, but an earlier attempt may have reached the recipient too:
		 * the connection dropped after the message was handed over, or a run that had
		 * claimed the copy died. Both copies carry the same Message-ID.
		 */
		SENT_MAYBE_TWICE,
		/** Sent by an earlier run; not sent again. */
		ALREADY_SENT,
		/** Not sent: the run was without {@code --mail}. */
		WOULD_SEND,
		/** Sending failed after retries; the next run tries again. */
		FAILED,
		/** The mail server could not be reached; the next run tries again. */
		UNREACHABLE;

		/** The status as written in run-summary.json. */
		public String key() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	/** Delivers nothing. */
	ReportDelivery NONE = new ReportDelivery() {

		@Override
		public void enqueue(String checksum, Scores scores, Path report, long size) {
		}

		@Override
		public List<Outcome> deliver(String checksum, boolean send) {
			return List.of();
		}

	};

}
