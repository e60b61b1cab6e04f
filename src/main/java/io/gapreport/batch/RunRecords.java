package io.gapreport.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.gapreport.run.DeliveredCopy;
import io.gapreport.run.WorkbookOutcome;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * What a run has done, read from the job repository: the latest execution of each of its
 * partitions, across the job executions of its instance (a restart reruns only the
 * unfinished ones).
 *
 * @param split whether the run's partitions are all known (one of them has started, or
 * the execution has ended), so that {@code workbooks} is the run's total
 * @param workbooks how many workbooks the run has, in all its partitions
 * @param outcomes the report step's outcomes so far, client by client
 * @param copies what the delivery step did with each copy it handled
 * @param listed the workbooks of all the run's partitions
 */
record RunRecords(boolean split, int workbooks, List<WorkbookOutcome> outcomes, List<DeliveredCopy> copies,
		List<Path> listed) {

	RunRecords {
		outcomes = List.copyOf(outcomes);
		copies = List.copyOf(copies);
		listed = List.copyOf(listed);
	}

	/** The outcomes with what the delivery step did (see {@link DeliveredCopy#merge}). */
	List<WorkbookOutcome> withMail() {
		return DeliveredCopy.merge(this.outcomes, this.copies);
	}

	/** The records of {@code execution}'s run, as committed to the repository. */
	static RunRecords of(JobRepository repository, JobExecution execution) {
		Map<String, StepExecution> partitions = new TreeMap<>();
		boolean split = !execution.isRunning();
		StepExecution delivery = null;
		for (JobExecution each : repository.getJobExecutions(execution.getJobInstance())) {
			for (StepExecution step : each.getStepExecutions()) {
				if (step.getStepName().equals(DeliveryStepConfiguration.STEP_NAME)
						&& (delivery == null || step.getId() > delivery.getId())) {
					// a restarted delivery step starts from its predecessor's context
					delivery = step;
				}
				if (step.getStepName().startsWith(ReportJobConfiguration.PARTITION_STEP + ":")) {
					split |= each.getId() == execution.getId() && step.getStatus() != BatchStatus.STARTING;
					partitions.merge(step.getStepName(), step,
							(a, b) -> (Comparator.comparingLong(StepExecution::getId).compare(a, b) >= 0) ? a : b);
				}
			}
		}
		List<Path> listed = new ArrayList<>();
		List<WorkbookOutcome> outcomes = new ArrayList<>();
		for (StepExecution partition : partitions.values()) {
			listed.addAll(ClientPartitioner.workbooks(partition.getExecutionContext()));
			outcomes.addAll(ReportItemWriter.outcomes(partition.getExecutionContext()));
		}
		return new RunRecords(split, listed.size(), outcomes,
				(delivery != null) ? DeliveredCopyWriter.copies(delivery.getExecutionContext()) : List.of(), listed);
	}

}
