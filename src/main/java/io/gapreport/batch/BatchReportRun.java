package io.gapreport.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import io.gapreport.run.DiskFault;
import io.gapreport.run.Outages;
import io.gapreport.run.ReportRun;
import io.gapreport.run.RunLock;
import io.gapreport.run.RunOptions;
import io.gapreport.run.RunProgress;
import io.gapreport.run.WorkbookOutcome;
import io.gapreport.system.JobDatabaseSettings;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs the report job, holding the run lock so that runs never overlap. Input and output
 * folders and the run's start identify the job instance; a run of the same input and
 * output whose last execution did not complete (it failed, or its process was killed) is
 * restarted instead, so that only its unfinished partitions run again.
 */
@Component
class BatchReportRun implements ReportRun {

	private final JobOperator jobOperator;

	private final JobRepository repository;

	private final Job job;

	private final RunLock lock;

	private final ReportRunSettings settings;

	private final LockGuard guard;

	private final Duration lockTimeout;

	BatchReportRun(JobOperator jobOperator, JobRepository repository, Job gapReportJob, RunLock lock,
			ReportRunSettings settings, LockGuard guard, @Value("${" + JobDatabaseSettings.LOCK_TIMEOUT + ":"
					+ JobDatabaseSettings.DEFAULT_LOCK_TIMEOUT + "}") Duration lockTimeout) {
		this.lockTimeout = lockTimeout;
		this.guard = guard;
		this.jobOperator = jobOperator;
		this.repository = repository;
		this.job = gapReportJob;
		this.lock = lock;
		this.settings = settings;
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
		held.tookOverFrom().ifPresent((owner) -> progress.tookOver(owner, this.lockTimeout));
		String in = input.toAbsolutePath().normalize().toString();
		String out = output.toAbsolutePath().normalize().toString();
		String run = unfinishedRun(in, out).orElseGet(() -> Instant.now().toString());
		JobParameters parameters = parameters(in, out, run, options, this.settings, held);
		this.guard.hold(held);
		try (var watcher = new ProgressWatcher(this.repository, ReportJobConfiguration.JOB_NAME, run, progress)) {
			JobExecution execution = this.jobOperator.start(this.job, parameters);
			watcher.finish(execution);
			if (execution.getStatus() != BatchStatus.COMPLETED) {
				RuntimeException failure = failure(execution.getAllFailureExceptions(), execution.getStatus());
				RunSummaryTasklet.writeAfterStop(this.repository, execution);
				throw failure;
			}
			return RunRecords.of(this.repository, execution).withMail();
		}
		catch (RuntimeException ex) {
			// a run paused past its lease fails on whatever the run that took the lock
			// changed meanwhile (its job execution, recovered): that it lost the lock is
			// what to say
			throw held.stillHeld() ? ex : LockGuard.lost();
		}
		catch (Exception ex) {
			throw held.stillHeld() ? new IllegalStateException(ex.getMessage(), ex) : LockGuard.lost();
		}
		finally {
			this.guard.release();
		}
	}

	/**
	 * What stopped a job that did not complete: the failure itself (a partition's, rather
	 * than the manager step's summary of it, and a lost run lock or a disk fault rather
	 * than the step failure Spring Batch wraps it in), so that the command line can tell
	 * a lost lock, an outage or a full disk from a fault.
	 */
	static RuntimeException failure(List<Throwable> failures, BatchStatus status) {
		for (Throwable failure : failures) {
			for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
				if (cause instanceof RunLock.LostException lost) {
					return lost;
				}
			}
		}
		Throwable failure = failures.stream()
			.filter((each) -> Outages.isUnreachable(each) || Outages.isLockTimeout(each))
			.findFirst()
			.or(() -> failures.stream().<Throwable>mapMulti(BatchReportRun::diskFault).findFirst())
			.or(() -> failures.stream().findFirst())
			.orElseGet(() -> new IllegalStateException("the report job ended " + status));
		return (failure instanceof RuntimeException runtime) ? runtime
				: new IllegalStateException(failure.getMessage(), failure);
	}

	/** Passes on the disk fault among {@code failure}'s causes, if any. */
	private static void diskFault(Throwable failure, Consumer<Throwable> found) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DiskFault) {
				found.accept(cause);
				return;
			}
		}
	}

	/**
	 * The job parameters of a run: input, output and the run's start identify it; the
	 * rest (options, how the partitions run, who holds the run lock) belong to one
	 * execution, so that a restarted run, a new manager, names itself to its workers.
	 */
	static JobParameters parameters(String input, String output, String run, RunOptions options,
			ReportRunSettings settings, RunLock.Held held) {
		return new JobParametersBuilder().addString("input", input)
			.addString("output", output)
			.addString("run", run)
			.addString("force", String.valueOf(options.force()), false)
			.addString("mail", String.valueOf(options.mail()), false)
			.addString(DeliveryStepConfiguration.RETRY_REFUSED, String.valueOf(options.retryRefused()), false)
			.addString(ClientPartitionHandler.THREADS, String.valueOf(settings.threads()), false)
			.addString(ClientPartitionHandler.REMOTE, String.valueOf(settings.remote()), false)
			.addString(LockGuard.OWNER, held.owner(), false)
			.toJobParameters();
	}

	/**
	 * The run of {@code input} into {@code output} to finish, if the newest one did not
	 * complete. An execution still marked running, or one that failed with partitions
	 * still marked running (the broker went away before they were handed out), belongs to
	 * a process that has ended: this one holds the run lock. Spring Batch's own recovery
	 * marks it and those partitions failed, so that it can be restarted and they run
	 * again.
	 */
	private Optional<String> unfinishedRun(String input, String output) {
		for (JobInstance instance : this.repository.getJobInstances(ReportJobConfiguration.JOB_NAME, 0, 100)) {
			JobExecution last = this.repository.getLastJobExecution(instance);
			if (last == null || !input.equals(last.getJobParameters().getString("input"))
					|| !output.equals(last.getJobParameters().getString("output"))) {
				continue;
			}
			String run = last.getJobParameters().getString("run");
			for (JobExecution execution : this.repository.getJobExecutions(instance)) {
				if (execution.isRunning()
						|| execution.getStepExecutions().stream().anyMatch((step) -> step.getStatus().isRunning())) {
					this.jobOperator.recover(execution);
				}
			}
			BatchStatus status = this.repository.getLastJobExecution(instance).getStatus();
			boolean unfinished = status == BatchStatus.FAILED || status == BatchStatus.STOPPED;
			return (unfinished && run != null) ? Optional.of(run) : Optional.empty();
		}
		return Optional.empty();
	}

}
