package io.gapreport.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import io.gapreport.locking.JdbcRunLock;
import io.gapreport.run.RunLock;
import io.gapreport.run.RunOptions;
import io.gapreport.testing.TestDatabases;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.JdbcJobRepositoryFactoryBean;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.integration.partition.StepExecutionRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client's partition run the way a {@code worker} runs it (its step execution read from
 * the job repository by {@link PartitionRequestHandler}, with the job parameters of the
 * {@code run --remote} that launched it), on H2 without a broker: it goes on while the
 * run's manager holds the run lock, and stops before its next workbook once another run
 * holds it.
 */
class WorkerLockTests {

	private static final Duration LEASE = Duration.ofMinutes(2);

	private static final String MANAGER = "1@manager-host";

	@TempDir
	Path folder;

	private TestDatabases.Database database;

	private JobRepository repository;

	private final List<Path> reported = new CopyOnWriteArrayList<>();

	@BeforeEach
	void jobRepository() throws Exception {
		this.database = TestDatabases.open("h2");
		var factory = new JdbcJobRepositoryFactoryBean();
		factory.setDataSource(this.database.dataSource());
		factory.setTransactionManager(this.database.transactions());
		factory.afterPropertiesSet();
		this.repository = factory.getObject();
	}

	@AfterEach
	void closeDatabase() {
		this.database.close();
	}

	@Test
	void aWorkerGoesOnWhileItsRunsManagerHoldsTheLock() throws Exception {
		try (RunLock.Held manager = lock(MANAGER).acquire(() -> {
		})) {
			StepExecution partition = partition(launch(manager));

			StepExecution done = runAsWorker(partition, (workbook) -> {
			});

			assertThat(done.getStatus()).isEqualTo(BatchStatus.COMPLETED);
			assertThat(this.reported).containsExactlyElementsOf(workbooks());
		}
	}

	@Test
	void aWorkerStopsBeforeItsNextWorkbookOnceAnotherRunHoldsTheLock() throws Exception {
		try (RunLock.Held manager = lock(MANAGER).acquire(() -> {
		})) {
			StepExecution partition = partition(launch(manager));

			// what another run does once the manager's lease has run out
			StepExecution stopped = runAsWorker(partition,
					(workbook) -> this.database.jdbc().update("UPDATE GR_LOCK SET OWNER = ?", "4242@another-host"));

			assertThat(stopped.getStatus()).isEqualTo(BatchStatus.FAILED);
			assertThat(this.reported).containsExactly(workbooks().get(0));
			// Spring Batch wraps what stopped the chunk
			assertThat(stopped.getFailureExceptions()).singleElement(InstanceOfAssertFactories.THROWABLE)
				.rootCause()
				.isInstanceOf(RunLock.LostException.class)
				.hasMessageContaining(
						"this run's manager (" + MANAGER + ") no longer holds the job database's run lock")
				.hasMessageContaining("this worker stopped the client before " + workbooks().get(1));
			assertThat(this.repository.getStepExecution(partition.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
			// the run reports the lost lock itself (exit code 3), not the step failure
			// around it (which the command line would word as an error in gap-report)
			assertThat(BatchReportRun.failure(stopped.getFailureExceptions(), BatchStatus.FAILED))
				.isInstanceOf(RunLock.LostException.class)
				.hasMessageContaining("no longer holds the job database's run lock");
		}
	}

	@Test
	void aRestartedRunsWorkersCheckItsNewManagerNotTheOneThatDied() throws Exception {
		JobExecution first;
		try (RunLock.Held died = lock(MANAGER).acquire(() -> {
		})) {
			first = launch(died);
		}
		first.setStatus(BatchStatus.FAILED);
		first.setEndTime(LocalDateTime.now());
		this.repository.update(first);
		StepExecution stale = partition(first);
		try (RunLock.Held restarted = lock("2@new-manager-host").acquire(() -> {
		})) {
			JobExecution second = this.repository.createJobExecution(
					first.getJobInstance(), BatchReportRun.parameters(input(), output(), "2026-01-01T00:00:00Z",
							new RunOptions(false, false), new ReportRunSettings(1, true), restarted),
					new ExecutionContext());

			assertThat(runAsWorker(partition(second), (workbook) -> {
			}).getStatus()).isEqualTo(BatchStatus.COMPLETED);
			this.reported.clear();
			// the first manager's message, delivered again
			assertThat(runAsWorker(stale, (workbook) -> {
			}).getStatus()).isEqualTo(BatchStatus.FAILED);
			assertThat(this.reported).isEmpty();
		}
	}

	private JdbcRunLock lock(String owner) {
		return new JdbcRunLock(this.database.jdbc(), owner, LEASE);
	}

	/** What {@code run --remote} records when it launches the job. */
	private JobExecution launch(RunLock.Held manager) {
		JobParameters parameters = BatchReportRun.parameters(input(), output(), "2026-01-01T00:00:00Z",
				new RunOptions(false, false), new ReportRunSettings(1, true), manager);
		JobInstance instance = this.repository.getJobInstance(ReportJobConfiguration.JOB_NAME, parameters);
		if (instance == null) {
			instance = this.repository.createJobInstance(ReportJobConfiguration.JOB_NAME, parameters);
		}
		return this.repository.createJobExecution(instance, parameters, new ExecutionContext());
	}

	/** A client's partition, as the manager step makes it. */
	private StepExecution partition(JobExecution execution) {
		StepExecution partition = this.repository
			.createStepExecution(ReportJobConfiguration.PARTITION_STEP + ":" + ClientPartitioner.name(0), execution);
		partition.getExecutionContext()
			.putString(ClientPartitioner.WORKBOOKS,
					String.join("\n", workbooks().stream().map(Path::toString).toList()));
		this.repository.updateExecutionContext(partition);
		return partition;
	}

	/**
	 * Runs {@code partition} as a worker does, its workbooks read by the report job's
	 * reader and written by one that records them and then does {@code afterWorkbook}.
	 */
	private StepExecution runAsWorker(StepExecution partition, Consumer<Path> afterWorkbook) {
		// a worker's own run lock, never taken: it only asks who holds the lock
		var guard = new LockGuard(lock("3@worker-host"));
		var handler = new PartitionRequestHandler();
		handler.setJobRepository(this.repository);
		handler.setStepLocator((name) -> new StepBuilder(name, this.repository).<Path, Path>chunk(1)
			.transactionManager(this.database.transactions())
			.reader(new ReportJobConfiguration().workbookReader(this.repository.getStepExecution(partition.getId()),
					guard))
			.writer((chunk) -> chunk.forEach((workbook) -> {
				this.reported.add(workbook);
				afterWorkbook.accept(workbook);
			}))
			.build());
		return handler.handle(new StepExecutionRequest(ReportJobConfiguration.PARTITION_STEP, partition.getId()));
	}

	private List<Path> workbooks() {
		return List.of(this.folder.resolve("input/acme-q1.xlsx"), this.folder.resolve("input/acme-q2.xlsx"),
				this.folder.resolve("input/acme-q3.xlsx"));
	}

	private String input() {
		return this.folder.resolve("input").toString();
	}

	private String output() {
		return this.folder.resolve("output").toString();
	}

}
