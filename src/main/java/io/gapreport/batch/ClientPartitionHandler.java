package io.gapreport.batch;

import java.util.Collection;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * Runs a run's partitions as its job parameters say: on at most {@code threads} threads
 * of this process, or ({@code remote}) on the workers listening on the message broker.
 */
class ClientPartitionHandler implements PartitionHandler {

	/** Job parameter: how many partitions this process runs at once. */
	static final String THREADS = "threads";

	/** Job parameter: whether remote workers run the partitions. */
	static final String REMOTE = "remote";

	private final Step clientStep;

	private final ObjectProvider<RemotePartitioningConfiguration.Manager> remote;

	ClientPartitionHandler(Step clientStep, ObjectProvider<RemotePartitioningConfiguration.Manager> remote) {
		this.clientStep = clientStep;
		this.remote = remote;
	}

	@Override
	public Collection<StepExecution> handle(StepExecutionSplitter splitter, StepExecution managerStep)
			throws Exception {
		JobParameters parameters = managerStep.getJobExecution().getJobParameters();
		if (Boolean.parseBoolean(parameters.getString(REMOTE, "false"))) {
			return this.remote.getObject().partitionHandler().handle(splitter, managerStep);
		}
		int threads = Integer.parseInt(parameters.getString(THREADS, "1"));
		var executor = new SimpleAsyncTaskExecutor("gap-report-");
		executor.setConcurrencyLimit(threads);
		var local = new TaskExecutorPartitionHandler();
		local.setStep(this.clientStep);
		local.setTaskExecutor(executor);
		local.setGridSize(threads);
		local.afterPropertiesSet();
		return local.handle(splitter, managerStep);
	}

}
