package io.gapreport.run;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What became of one workbook in a run, as listed in {@code run-summary.json}.
 *
 * @param path the workbook, relative to the input folder
 * @param client the client, or null when the workbook could not be read
 * @param wave the wave, or null when the workbook could not be read
 * @param status reported, failed or unchanged
 * @param message why it failed (with sheet and cell), or a short note
 * @param files the files written, relative to the output folder
 * @param elapsed how long the workbook took
 * @param mail what became of each recipient's copy of the report
 * @param internalError whether it failed from a fault of gap-report rather than of the
 * workbook or its surroundings (the log file has the stack trace)
 * @param worker the process that reported it
 */
public record WorkbookOutcome(String path, @Nullable String client, @Nullable String wave, Status status,
		String message, List<String> files, Duration elapsed, List<ReportDelivery.Outcome> mail, boolean internalError,
		Worker worker) {

	private static final Worker THIS_PROCESS = Worker.current();

	public WorkbookOutcome {
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(message, "message");
		Objects.requireNonNull(worker, "worker");
		files = List.copyOf(files);
		mail = List.copyOf(mail);
	}

	/** An outcome reported by this process. */
	public WorkbookOutcome(String path, @Nullable String client, @Nullable String wave, Status status, String message,
			List<String> files, Duration elapsed, List<ReportDelivery.Outcome> mail, boolean internalError) {
		this(path, client, wave, status, message, files, elapsed, mail, internalError, THIS_PROCESS);
	}

	/** An outcome reported by this process, not from an internal error. */
	public WorkbookOutcome(String path, @Nullable String client, @Nullable String wave, Status status, String message,
			List<String> files, Duration elapsed, List<ReportDelivery.Outcome> mail) {
		this(path, client, wave, status, message, files, elapsed, mail, false);
	}

	/** What became of a workbook. */
	public enum Status {

		/** Scored and its files written. */
		REPORTED,
		/** Not reported; the message says why. */
		FAILED,
		/** The same content was already reported; skipped. */
		UNCHANGED;

		/** The status as written in run-summary.json. */
		public String key() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * The outcome of the workbook at {@code path} (relative to the input folder) when its
	 * run stopped before it was done: the next run reports it.
	 */
	public static WorkbookOutcome notReported(String path) {
		return failed(path, null, null,
				"not reported: the run stopped before this workbook was done; the next run reports it", Duration.ZERO);
	}

	/**
	 * The outcome of the workbook at {@code path} when its run stopped and the job
	 * database lost what became of it: it may have been reported just before.
	 */
	public static WorkbookOutcome unknown(String path) {
		return failed(path, null, null,
				"outcome not known: the job database was lost before it was saved; the next run reports this "
						+ "workbook, or finds it unchanged if it was reported",
				Duration.ZERO);
	}

	static WorkbookOutcome failed(String path, @Nullable String client, @Nullable String wave, String message,
			Duration elapsed) {
		return new WorkbookOutcome(path, client, wave, Status.FAILED, message, List.of(), elapsed, List.of(), false);
	}

	/**
	 * Whether a copy of the report could not be sent because the mail server was
	 * unreachable.
	 */
	public boolean mailServerUnreachable() {
		return this.mail.stream().anyMatch((copy) -> copy.status() == ReportDelivery.Status.UNREACHABLE);
	}

	/**
	 * Whether a copy of the report was not sent because the mail server refused the
	 * login.
	 */
	public boolean mailLoginRefused() {
		return this.mail.stream().anyMatch(ReportDelivery.Outcome::loginRefused);
	}

}
