package io.gapreport.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;

import io.gapreport.run.RunSummary;
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

	private final JobRepository repository;

	RunSummaryTasklet(JobRepository repository) {
		this.repository = repository;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		JobExecution execution = contribution.getStepExecution().getJobExecution();
		// this execution's start: a restart of a killed run keeps a summary of its own
		LocalDateTime started = (execution.getStartTime() != null) ? execution.getStartTime() : LocalDateTime.now();
		RunSummary.write(RunRecords.of(this.repository, execution).withMail(),
				Path.of(execution.getJobParameters().getString("output")), started);
		return RepeatStatus.FINISHED;
	}

}
