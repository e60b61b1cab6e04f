package io.gapreport.cli;

import java.sql.SQLException;
import java.util.Optional;

import io.gapreport.run.DiskFault;
import io.gapreport.run.Outages;
import io.gapreport.run.RunLock;
import io.gapreport.system.JobDatabaseSettings;
import io.gapreport.system.MigrationWaitException;
import org.springframework.amqp.AmqpException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;

/**
 * Turns a failure that stopped a command into the one line an operator can act on and the
 * exit code that tells monitoring what kind of failure it was: 3 when an outside service
 * was unreachable (naming it: the JDBC URL without its password), 2 when the
 * configuration is wrong, 4 for an error in gap-report (its stack trace goes to the log
 * file only).
 */
final class Failures {

	private Failures() {
	}

	/** A failure already worded, with its exit code. */
	static final class Worded extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final int exitCode;

		Worded(int exitCode, String message, @Nullable Throwable cause) {
			super(Outages.oneLine(message), cause, false, false);
			this.exitCode = exitCode;
		}

		int exitCode() {
			return this.exitCode;
		}

	}

	/**
	 * Words {@code failure}; {@code environment} (null when the application never got
	 * that far) names the job database.
	 */
	static Worded word(Throwable failure, @Nullable Environment environment) {
		if (failure instanceof Worded worded) {
			return worded;
		}
		String database = "the job database "
				+ ((environment != null) ? withoutPassword(environment.getProperty("spring.datasource.url", "")) : "");
		if (failure instanceof RunLock.LostException) {
			return new Worded(GapReportCli.UNREACHABLE, failure.getMessage(), failure);
		}
		String lockTimeout = (environment != null)
				? environment.getProperty(JobDatabaseSettings.LOCK_TIMEOUT, JobDatabaseSettings.DEFAULT_LOCK_TIMEOUT)
				: JobDatabaseSettings.DEFAULT_LOCK_TIMEOUT;
		if (cause(failure, MigrationWaitException.class)) {
			return new Worded(GapReportCli.UNREACHABLE,
					database + " was being migrated by another gap-report process for longer than " + lockTimeout + " ("
							+ JobDatabaseSettings.LOCK_TIMEOUT + "); this process stopped: "
							+ "start it again once that one has started, or stop that one if it hangs",
					failure);
		}
		if (Outages.isLockTimeout(failure)) {
			return new Worded(GapReportCli.UNREACHABLE, database + " kept a row locked for longer than " + lockTimeout
					+ " (" + JobDatabaseSettings.LOCK_TIMEOUT + "): another connection's transaction holds it, such as "
					+ "a gap-report run that is paused or cut off; this run stopped: run again once that run has "
					+ "ended or been stopped", failure);
		}
		if (Outages.isUnreachable(failure) && fromBroker(failure)) {
			String broker = (environment != null) ? environment.getProperty("spring.rabbitmq.host", "localhost") + ":"
					+ environment.getProperty("spring.rabbitmq.port", "5672") : "";
			return new Worded(GapReportCli.UNREACHABLE, "the message broker " + broker + " is unreachable: "
					+ Outages.oneLine(failure) + " (check spring.rabbitmq.*)", failure);
		}
		if (Outages.isUnreachable(failure)) {
			return new Worded(GapReportCli.UNREACHABLE, database + " is unreachable: " + Outages.oneLine(failure)
					+ " (run again once it is back: what was not recorded is reported again)", failure);
		}
		if (failure instanceof DiskFault disk) {
			return new Worded(disk.full() ? GapReportCli.UNREACHABLE : GapReportCli.USAGE, disk.getMessage(), failure);
		}
		String loginRefused = sqlState(failure);
		if (loginRefused != null && (loginRefused.startsWith("28") || loginRefused.equals("3D000"))) {
			return new Worded(GapReportCli.USAGE,
					database + " refused the connection: " + Outages.oneLine(failure) + " (check spring.datasource.*)",
					failure);
		}
		Optional<DiskFault> disk = DiskFault.of(failure,
				(sqlState(failure) != null) ? database.strip() : "the output folder");
		if (disk.isPresent()) {
			return word(disk.get(), environment);
		}
		if (Outages.ioCause(failure) != null) {
			return new Worded(GapReportCli.USAGE, "cannot read or write a file: " + Outages.oneLine(failure), failure);
		}
		return new Worded(GapReportCli.INTERNAL_ERROR, "an error in gap-report (" + failure.getClass().getSimpleName()
				+ ": " + Outages.oneLine(failure) + "); the log file has the details", failure);
	}

	/** A JDBC URL with any password in it masked. */
	static String withoutPassword(String url) {
		return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//([^/@:]+):[^@/]*@", "//$1:***@");
	}

	private static boolean fromBroker(Throwable failure) {
		for (Throwable cause = failure; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
			if (cause instanceof AmqpException) {
				return true;
			}
		}
		return false;
	}

	private static @Nullable String sqlState(Throwable failure) {
		for (Throwable cause = failure; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				return sql.getSQLState();
			}
		}
		return null;
	}

	/** Whether {@code failure} or one of its causes is a {@code type}. */
	private static boolean cause(Throwable failure, Class<? extends Throwable> type) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

}
