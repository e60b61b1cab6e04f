package io.gapreport.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.gapreport.run.RunLock;
import io.gapreport.run.RunProgress;
import io.gapreport.run.WorkbookOutcome;

/**
 * What each running job execution has done so far, by the run's token: the outcomes for
 * the summary, and the progress listener of whoever launched it.
 */
class RunOutcomes {

	/** The lock of a run launched without one (a job started directly, in tests). */
	private static final RunLock.Held HELD = new RunLock.Held() {

		@Override
		public boolean stillHeld() {
			return true;
		}

		@Override
		public void close() {
		}

	};

	private final Map<String, Run> runs = new ConcurrentHashMap<>();

	void register(String token, RunProgress progress, RunLock.Held lock) {
		this.runs.put(token, new Run(progress, lock));
	}

	/** Stops the run before its next workbook when another run has taken the lock. */
	void checkLock(String token) {
		if (!run(token).lock.stillHeld()) {
			throw new RunLock.LostException("another gap-report run took the job database's run lock after this "
					+ "run's lease ran out (was the database unreachable?): this run stopped; the next run reports "
					+ "what is left");
		}
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
		return this.runs.computeIfAbsent(token, (unknown) -> new Run(RunProgress.NONE, HELD));
	}

	private static final class Run {

		private final RunProgress progress;

		private final List<WorkbookOutcome> outcomes = new ArrayList<>();

		private final RunLock.Held lock;

		private volatile int total;

		Run(RunProgress progress, RunLock.Held lock) {
			this.progress = progress;
			this.lock = lock;
		}

	}

}
