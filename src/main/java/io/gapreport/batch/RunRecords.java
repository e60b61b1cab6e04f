package io.gapreport.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
 * @param outcomes the outcomes so far, client by client
 */
record RunRecords(boolean split, int workbooks, List<WorkbookOutcome> outcomes) {

	RunRecords {
		outcomes = List.copyOf(outcomes);
	}

	/** The records of {@code execution}'s run, as committed to the repository. */
	static RunRecords of(JobRepository repository, JobExecution execution) {
		Map<String, StepExecution> partitions = new TreeMap<>();
		boolean split = !execution.isRunning();
		for (JobExecution each : repository.getJobExecutions(execution.getJobInstance())) {
			for (StepExecution step : each.getStepExecutions()) {
				if (step.getStepName().startsWith(ReportJobConfiguration.CLIENT_STEP + ":")) {
					split |= each.getId() == execution.getId() && step.getStatus() != BatchStatus.STARTING;
					partitions.merge(step.getStepName(), step,
							(a, b) -> (Comparator.comparingLong(StepExecution::getId).compare(a, b) >= 0) ? a : b);
				}
			}
		}
		int workbooks = 0;
		List<WorkbookOutcome> outcomes = new ArrayList<>();
		for (StepExecution partition : partitions.values()) {
			workbooks += ClientPartitioner.workbooks(partition.getExecutionContext()).size();
			outcomes.addAll(ReportItemWriter.outcomes(partition.getExecutionContext()));
		}
		return new RunRecords(split, workbooks, outcomes);
	}

}
