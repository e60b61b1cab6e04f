package io.gapreport.batch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;

/**
 * Runs a run's partitions as its job parameters say: on at most {@code threads} threads
 * of this process, or ({@code remote}) on the workers listening on the message broker.
 * Local partitions have all ended when it returns, even when one of them failed: a run
 * that stops leaves no partition reporting behind it (Spring Batch's own handler gives up
 * at the first failed partition while the others still write).
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
		List<Future<?>> started = new ArrayList<>();
		TaskExecutor tracked = (task) -> {
			executor.execute(task);
			if (task instanceof Future<?> future) {
				started.add(future);
			}
		};
		var local = new TaskExecutorPartitionHandler();
		local.setStep(this.clientStep);
		local.setTaskExecutor(tracked);
		local.setGridSize(threads);
		local.afterPropertiesSet();
		try {
			return local.handle(splitter, managerStep);
		}
		finally {
			awaitAll(started);
		}
	}

	/** Waits until every started partition has ended, however it ended. */
	private static void awaitAll(List<Future<?>> started) throws InterruptedException {
		for (Future<?> partition : started) {
			try {
				partition.get();
			}
			catch (ExecutionException | CancellationException ex) {
				// the handler reports what failed
			}
		}
	}

}
