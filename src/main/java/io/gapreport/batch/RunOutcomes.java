package io.gapreport.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.gapreport.run.RunProgress;
import io.gapreport.run.WorkbookOutcome;

/**
 * What each running job execution has done so far, by the run's token: the outcomes for
 * the summary, and the progress listener of whoever launched it.
 */
class RunOutcomes {

	private final Map<String, Run> runs = new ConcurrentHashMap<>();

	void register(String token, RunProgress progress) {
		this.runs.put(token, new Run(progress));
	}

	void started(String token, int workbooks) {
		Run run = run(token);
		run.total = workbooks;
		run.progress.started(workbooks);
	}

	void add(String token, WorkbookOutcome outcome) {
		Run run = run(token);
		synchronized (run) {
			run.outcomes.add(outcome);
			run.progress.finished(run.outcomes.size(), run.total, outcome);
		}
	}

	List<WorkbookOutcome> of(String token) {
		Run run = run(token);
		synchronized (run) {
			return List.copyOf(run.outcomes);
		}
	}

	List<WorkbookOutcome> take(String token) {
		Run run = this.runs.remove(token);
		return (run != null) ? List.copyOf(run.outcomes) : List.of();
	}

	private Run run(String token) {
		return this.runs.computeIfAbsent(token, (unknown) -> new Run(RunProgress.NONE));
	}

	private static final class Run {

		private final RunProgress progress;

		private final List<WorkbookOutcome> outcomes = new ArrayList<>();

		private volatile int total;

		Run(RunProgress progress) {
			this.progress = progress;
		}

	}

}
