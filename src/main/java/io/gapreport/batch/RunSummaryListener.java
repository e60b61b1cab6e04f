package io.gapreport.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;

import io.gapreport.run.RunSummary;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Writes {@code run-summary.json} when the job ends, from what the job repository holds
 * of every partition of the run (including those an earlier, killed execution finished).
 */
class RunSummaryListener implements JobExecutionListener {

	private final JobRepository repository;

	RunSummaryListener(JobRepository repository) {
		this.repository = repository;
	}

	@Override
	public void afterJob(JobExecution execution) {
		var all = RunRecords.of(this.repository, execution).outcomes();
		try {
			// this execution's start: a restart of a killed run keeps a summary of its
			// own
			LocalDateTime started = (execution.getStartTime() != null) ? execution.getStartTime() : LocalDateTime.now();
			RunSummary.write(all, Path.of(execution.getJobParameters().getString("output")), started);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
