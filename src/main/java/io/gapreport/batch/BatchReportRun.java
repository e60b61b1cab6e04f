package io.gapreport.batch;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import io.gapreport.run.ReportRun;
import io.gapreport.run.RunOptions;
import io.gapreport.run.WorkbookOutcome;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

/**
 * Runs the report job once: input and output folders and the start time identify the job
 * instance, {@code force} does not.
 */
@Component
class BatchReportRun implements ReportRun {

	private final JobOperator jobOperator;

	private final Job job;

	private final RunOutcomes outcomes;

	BatchReportRun(JobOperator jobOperator, Job gapReportJob, RunOutcomes outcomes) {
		this.jobOperator = jobOperator;
		this.job = gapReportJob;
		this.outcomes = outcomes;
	}

	@Override
	public List<WorkbookOutcome> run(Path input, Path output, RunOptions options) {
		JobParameters parameters = new JobParametersBuilder()
			.addString("input", input.toAbsolutePath().normalize().toString())
			.addString("output", output.toAbsolutePath().normalize().toString())
			.addString("started", Instant.now().toString())
			.addString("force", String.valueOf(options.force()), false)
			.toJobParameters();
		try {
			JobExecution execution = this.jobOperator.start(this.job, parameters);
			List<WorkbookOutcome> result = this.outcomes.take(execution.getId());
			if (execution.getStatus() != BatchStatus.COMPLETED) {
				throw new IllegalStateException("the report job ended " + execution.getStatus() + ": "
						+ execution.getExitStatus().getExitDescription());
			}
			return result;
		}
		catch (Exception ex) {
			throw (ex instanceof RuntimeException runtime) ? runtime : new IllegalStateException(ex.getMessage(), ex);
		}
	}

}
