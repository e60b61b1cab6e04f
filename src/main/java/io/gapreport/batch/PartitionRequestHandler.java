package io.gapreport.batch;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;

/**
 * Runs a partition a worker took from the broker. A partition that a dead worker had
 * started is simply run again: its reader resumes after the last workbook committed to
 * the job repository. One that has ended is not run again: complete (its worker died
 * between the commit and the acknowledgement), or failed (a run that was restarted after
 * its manager ended marked it failed; the restart sends its partitions anew).
 */
class PartitionRequestHandler extends StepExecutionRequestHandler {

	private @Nullable JobRepository repository;

	@Override
	public void setJobRepository(JobRepository jobRepository) {
		super.setJobRepository(jobRepository);
		this.repository = jobRepository;
	}

	@Override
	public StepExecution handle(StepExecutionRequest request) {
		StepExecution execution = (this.repository != null)
				? this.repository.getStepExecution(request.getStepExecutionId()) : null;
		if (execution != null && !execution.getStatus().isRunning()) {
			return execution;
		}
		return super.handle(request);
	}

}
