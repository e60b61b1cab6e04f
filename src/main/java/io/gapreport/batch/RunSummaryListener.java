package io.gapreport.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import io.gapreport.run.RunSummary;
import io.gapreport.run.WorkbookOutcome;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Writes {@code run-summary.json} when the job ends and keeps the outcomes in the job's
 * execution context, so that whoever launched the job can read them.
 */
class RunSummaryListener implements JobExecutionListener {

	static final String FAILED_WORKBOOKS = "FAILED_WORKBOOKS";

	private final RunOutcomes outcomes;

	RunSummaryListener(RunOutcomes outcomes) {
		this.outcomes = outcomes;
	}

	@Override
	public void afterJob(JobExecution execution) {
		var all = this.outcomes.of(execution.getJobParameters().getString("token"));
		try {
			Instant started = Instant.parse(execution.getJobParameters().getString("started"));
			RunSummary.write(all, Path.of(execution.getJobParameters().getString("output")),
					LocalDateTime.ofInstant(started, ZoneId.systemDefault()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		long failed = all.stream().filter((outcome) -> outcome.status() == WorkbookOutcome.Status.FAILED).count();
		if (failed > 0) {
			execution.setExitStatus(new ExitStatus(FAILED_WORKBOOKS, failed + " workbook(s) failed"));
		}
	}

}
