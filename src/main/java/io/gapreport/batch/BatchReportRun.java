package io.gapreport.batch;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.gapreport.run.ReportRun;
import io.gapreport.run.RunLock;
import io.gapreport.run.RunOptions;
import io.gapreport.run.RunProgress;
import io.gapreport.run.WorkbookOutcome;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

/**
 * Runs the report job once, holding the run lock so that runs never overlap. Input and
 * output folders and the start time identify the job instance; the options do not.
 */
@Component
class BatchReportRun implements ReportRun {

	private final JobOperator jobOperator;

	private final Job job;

	private final RunOutcomes outcomes;

	private final RunLock lock;

	BatchReportRun(JobOperator jobOperator, Job gapReportJob, RunOutcomes outcomes, RunLock lock) {
		this.jobOperator = jobOperator;
		this.job = gapReportJob;
		this.outcomes = outcomes;
		this.lock = lock;
	}

	@Override
	public List<WorkbookOutcome> run(Path input, Path output, RunOptions options, RunProgress progress) {
		try (RunLock.Held held = this.lock.acquire(progress::waiting)) {
			return launch(input, output, options, progress, held);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for another run to finish", ex);
		}
	}

	@Override
	public Optional<List<WorkbookOutcome>> runIfFree(Path input, Path output, RunOptions options,
			RunProgress progress) {
		Optional<RunLock.Held> held = this.lock.tryAcquire();
		if (held.isEmpty()) {
			return Optional.empty();
		}
		try (RunLock.Held lock = held.get()) {
			return Optional.of(launch(input, output, options, progress, lock));
		}
	}

	private List<WorkbookOutcome> launch(Path input, Path output, RunOptions options, RunProgress progress,
			RunLock.Held held) {
		String token = UUID.randomUUID().toString();
		this.outcomes.register(token, progress, held);
		try {
			JobParameters parameters = new JobParametersBuilder()
				.addString("input", input.toAbsolutePath().normalize().toString())
				.addString("output", output.toAbsolutePath().normalize().toString())
				.addString("started", Instant.now().toString())
				.addString("token", token, false)
				.addString("force", String.valueOf(options.force()), false)
				.addString("mail", String.valueOf(options.mail()), false)
				.toJobParameters();
			JobExecution execution = this.jobOperator.start(this.job, parameters);
			if (execution.getStatus() != BatchStatus.COMPLETED) {
				// the failure itself, so that the command line can tell an outage from a
				// fault
				Throwable failure = execution.getAllFailureExceptions()
					.stream()
					.findFirst()
					.orElseGet(() -> new IllegalStateException("the report job ended " + execution.getStatus()));
				throw (failure instanceof RuntimeException runtime) ? runtime
						: new IllegalStateException(failure.getMessage(), failure);
			}
			return this.outcomes.take(token);
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex.getMessage(), ex);
		}
		finally {
			this.outcomes.take(token);
		}
	}

}
