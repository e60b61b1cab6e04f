package io.gapreport.cli;

import java.io.PrintWriter;
import java.util.Locale;

import io.gapreport.run.RunProgress;
import io.gapreport.run.WorkbookOutcome;

/**
 * Prints a line per workbook as a run goes (i of N, status, time); only failures when
 * quiet.
 */
final class ProgressPrinter implements RunProgress {

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
	public void started(int workbooks) {
		if (!this.quiet) {
			this.out.printf(Locale.ROOT, "%d workbook(s) to process%n", workbooks);
			this.out.flush();
		}
	}

	@Override
	public void finished(int index, int total, WorkbookOutcome outcome) {
		if (!this.quiet || outcome.status() == WorkbookOutcome.Status.FAILED) {
			this.out.printf(Locale.ROOT, "[%d/%d] %s: %s (%.1f s)%s%n", index, total, outcome.path(),
					outcome.status().key(), outcome.elapsed().toMillis() / 1000.0,
					outcome.message().isEmpty() ? "" : " " + outcome.message());
			this.out.flush();
		}
	}

}
