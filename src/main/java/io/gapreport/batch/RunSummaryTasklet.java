package io.gapreport.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.gapreport.run.RunSummary;
import io.gapreport.run.WorkbookOutcome;
import io.gapreport.run.WorkbookReporter;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The run's last step: writes {@code run-summary.json} from what the job repository holds
 * of every partition of the run (including those an earlier, killed execution finished)
 * and of its delivery step. A summary that cannot be written fails the step, and so the
 * run; the next run on the same folders writes it.
 */
class RunSummaryTasklet implements Tasklet {

	private static final System.Logger LOGGER = System.getLogger(RunSummaryTasklet.class.getName());

	private final JobRepository repository;

	RunSummaryTasklet(JobRepository repository) {
		this.repository = repository;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		write(this.repository, contribution.getStepExecution().getJobExecution());
		return RepeatStatus.FINISHED;
	}

	/**
	 * Writes the summary of a run that stopped while it reported (the job database lost,
	 * a full disk, the run lock lost): every workbook it did not finish is listed as not
	 * reported, so that the operator sees what the next run will do. A run that stopped
	 * later, in its delivery or summary step, leaves the summary to the next run, which
	 * finishes that step. A summary that cannot be written here is logged: what stopped
	 * the run is what the command line says.
	 */
	static void writeAfterStop(JobRepository repository, JobExecution execution) {
		boolean reported = execution.getStepExecutions()
			.stream()
			.anyMatch((step) -> DeliveryStepConfiguration.STEP_NAME.equals(step.getStepName())
					|| ReportJobConfiguration.SUMMARY_STEP.equals(step.getStepName()));
		if (reported) {
			return;
		}
		try {
			// a partition whose last save was lost with the database still lists its
			// workbooks: what became of one without an outcome is not known (it may have
			// been reported just before the save failed)
			RunRecords records = RunRecords.of(repository, execution);
			List<WorkbookOutcome> outcomes = new ArrayList<>(records.withMail());
			Set<String> named = new HashSet<>();
			outcomes.forEach((outcome) -> named.add(outcome.path()));
			Path input = Path.of(execution.getJobParameters().getString("input"));
			for (Path workbook : records.listed()) {
				String name = WorkbookReporter.relativeName(input, workbook);
				if (named.add(name)) {
					outcomes.add(WorkbookOutcome.unknown(name));
				}
			}
			RunSummary.write(outcomes, output(execution), started(execution));
		}
		catch (IOException | RuntimeException ex) {
			LOGGER.log(System.Logger.Level.WARNING, "could not write the summary of a run that stopped", ex);
		}
	}

	private static void write(JobRepository repository, JobExecution execution) throws IOException {
		RunSummary.write(RunRecords.of(repository, execution).withMail(), output(execution), started(execution));
	}

	private static Path output(JobExecution execution) {
		return Path.of(execution.getJobParameters().getString("output"));
	}

	/** This execution's start: a restart of a killed run keeps a summary of its own. */
	private static LocalDateTime started(JobExecution execution) {
		return (execution.getStartTime() != null) ? execution.getStartTime() : LocalDateTime.now();
	}

}
