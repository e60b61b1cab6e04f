package io.gapreport.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.gapreport.run.WorkbookOutcome;

/**
 * The workbook outcomes of each running job execution, gathered by the writer for the run
 * summary.
 */
class RunOutcomes {

	private final Map<Long, List<WorkbookOutcome>> byExecution = new ConcurrentHashMap<>();

	void add(long jobExecutionId, WorkbookOutcome outcome) {
		this.byExecution.computeIfAbsent(jobExecutionId, (id) -> new ArrayList<>()).add(outcome);
	}

	List<WorkbookOutcome> of(long jobExecutionId) {
		return List.copyOf(this.byExecution.getOrDefault(jobExecutionId, List.of()));
	}

	List<WorkbookOutcome> take(long jobExecutionId) {
		List<WorkbookOutcome> outcomes = this.byExecution.remove(jobExecutionId);
		return (outcomes != null) ? List.copyOf(outcomes) : List.of();
	}

}
