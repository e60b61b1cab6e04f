package io.gapreport.batch;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * How a run's partitions end on the threads of one process: the run stops only once none
 * of them still writes.
 */
class ClientPartitionHandlerTests {

	private static final String LAST = ClientPartitioner.name(15);

	@Test
	void partitionsThatFailDoesNotEndTheRunWhileTheLastOneStillReports() throws Exception {
		var lastStarted = new CountDownLatch(1);
		var release = new CountDownLatch(1);
		var lastEnded = new AtomicBoolean();
		Step step = new Step() {

			@Override
			public String getName() {
				return "reportPartition";
			}

			@Override
			public void execute(StepExecution partition) {
				if (!partition.getStepName().equals(LAST)) {
					// what a partition does whose job database went away under it
					throw new IllegalStateException("the job database is unreachable");
				}
				lastStarted.countDown();
				try {
					release.await(1, TimeUnit.MINUTES);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				lastEnded.set(true);
			}

		};
		var handler = new ClientPartitionHandler(step,
				new StaticListableBeanFactory().getBeanProvider(RemotePartitioningConfiguration.Manager.class));
		var job = new JobExecution(1, new JobInstance(1, "gapReport"),
				new JobParametersBuilder().addString(ClientPartitionHandler.THREADS, "1").toJobParameters());
		var manager = new StepExecution(1, "reportWorkbooks", job);
		StepExecutionSplitter splitter = new StepExecutionSplitter() {

			@Override
			public String getStepName() {
				return "reportPartition";
			}

			@Override
			public Set<StepExecution> split(StepExecution managerStep, int gridSize) {
				// Spring Batch waits for its partitions in no set order: with many failed
				// before the last, it gives up early all but once in sixteen times
				Set<StepExecution> partitions = new LinkedHashSet<>();
				for (int i = 1; i < 16; i++) {
					partitions.add(new StepExecution(i + 1, ClientPartitioner.name(i - 1), job));
				}
				partitions.add(new StepExecution(17, LAST, job));
				return partitions;
			}

		};

		CompletableFuture<Boolean> handled = CompletableFuture.supplyAsync(() -> {
			try {
				handler.handle(splitter, manager);
			}
			catch (Exception ex) {
				// the failed partition's exception: what matters is when it comes
			}
			return lastEnded.get();
		});

		assertThat(lastStarted.await(1, TimeUnit.MINUTES)).isTrue();
		await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> !handled.isDone());
		release.countDown();
		assertThat(handled.get(1, TimeUnit.MINUTES)).as("the last partition had ended when the handler returned")
			.isTrue();
	}

}
