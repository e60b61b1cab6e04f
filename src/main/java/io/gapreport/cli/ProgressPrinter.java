package io.gapreport.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

import io.gapreport.run.Outages;
import io.gapreport.run.RunProgress;
import io.gapreport.run.RunSummary;
import io.gapreport.run.WorkbookOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints a line per workbook as a run goes (i of N, status, time); only failures when
 * quiet.
 */
final class ProgressPrinter implements RunProgress {

	private static final Logger LOGGER = LoggerFactory.getLogger(ProgressPrinter.class);

	private final PrintWriter out;

	private final boolean quiet;

	ProgressPrinter(PrintWriter out, boolean quiet) {
		this.out = out;
		this.quiet = quiet;
	}

	@Override
	public void waiting() {
		this.out.println("another gap-report run is using the job database; waiting for it to finish");
		this.out.flush();
	}

	@Override
	public void tookOver(String owner, Duration lockTimeout) {
		this.out.printf(Locale.ROOT,
				"took over the job database's run lock from %s, whose lease ran out (paused, or cut off from the "
						+ "database?); waiting at most %d s for any row it still holds%n",
				owner, lockTimeout.toSeconds());
		this.out.flush();
	}

	@Override
	public void started(int workbooks) {
		LOGGER.info("{} workbook(s) to process", workbooks);
		if (!this.quiet) {
			this.out.printf(Locale.ROOT, "%d workbook(s) to process%n", workbooks);
			this.out.flush();
		}
	}

	@Override
	public void finished(int index, int total, WorkbookOutcome outcome) {
		String message = RunSummary.withUnitReports(outcome, Outages.oneLine(outcome.message()));
		String line = String.format(Locale.ROOT, "[%d/%d] %s: %s (%.1f s)%s", index, total,
				Outages.oneLine(outcome.path()), outcome.status().key(), outcome.elapsed().toMillis() / 1000.0,
				message.isEmpty() ? "" : " " + message);
		boolean failed = outcome.status() == WorkbookOutcome.Status.FAILED;
		if (failed) {
			LOGGER.warn(line);
		}
		else {
			LOGGER.info(line);
		}
		if (!this.quiet || failed) {
			this.out.println(line);
			this.out.flush();
		}
	}

}
