package io.gapreport.batch;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.gapreport.run.RunProgress;
import io.gapreport.run.WorkbookOutcome;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Tells a run's progress from what its partitions have committed to the job repository,
 * wherever they run: polls while the job runs, and once more when it has ended.
 */
final class ProgressWatcher implements AutoCloseable {

	private static final System.Logger LOGGER = System.getLogger(ProgressWatcher.class.getName());

	/**
	 * Each poll reads every partition's execution context from the repository (a few
	 * percent of a 200-workbook run's CPU at four polls a second): once a second is soon
	 * enough for a progress line.
	 */
	private static final long POLL_MILLIS = 1000;

	private final JobRepository repository;

	private final String jobName;

	private final String run;

	private final RunProgress progress;

	private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "gap-report-progress");
		thread.setDaemon(true);
		return thread;
	});

	private final Set<String> told = new HashSet<>();

	private boolean started;

	ProgressWatcher(JobRepository repository, String jobName, String run, RunProgress progress) {
		this.repository = repository;
		this.jobName = jobName;
		this.run = run;
		this.progress = progress;
		this.poller.scheduleWithFixedDelay(this::poll, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
	}

	/** Tells what the ended {@code execution} did that was not told yet. */
	void finish(JobExecution execution) {
		this.poller.shutdownNow();
		tell(RunRecords.of(this.repository, execution));
	}

	@Override
	public void close() {
		this.poller.shutdownNow();
	}

	private void poll() {
		try {
			this.repository.findRunningJobExecutions(this.jobName)
				.stream()
				.filter((execution) -> this.run.equals(execution.getJobParameters().getString("run")))
				.findFirst()
				.ifPresent((execution) -> tell(RunRecords.of(this.repository, execution)));
		}
		catch (RuntimeException ex) {
			// progress lines are a courtesy: the run goes on, the summary is read at the
			// end
			LOGGER.log(System.Logger.Level.DEBUG, "could not read the run's progress", ex);
		}
	}

	private synchronized void tell(RunRecords records) {
		if (!this.started) {
			if (!records.split()) {
				return;
			}
			this.started = true;
			this.progress.started(records.workbooks());
		}
		for (WorkbookOutcome outcome : records.outcomes()) {
			if (this.told.add(outcome.path())) {
				this.progress.finished(this.told.size(), records.workbooks(), outcome);
			}
		}
	}

}
