package io.gapreport.batch;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;

/**
 * Runs a partition a worker took from the broker. A partition that a dead worker had
 * started is simply run again: its reader resumes after the last workbook committed to
 * the job repository. One that is already complete (its worker died between the commit
 * and the acknowledgement) is not run twice.
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
		if (execution != null && execution.getStatus() == BatchStatus.COMPLETED) {
			return execution;
		}
		return super.handle(request);
	}

}
