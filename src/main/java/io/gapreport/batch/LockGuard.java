package io.gapreport.batch;

import io.gapreport.run.RunLock;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The run lock this process holds while it launches the report job, so that its
 * partitions stop before their next workbook once another run has taken the lock (the run
 * lock lets one run at a time into this process). A partition run by a remote worker, or
 * a job started without the lock (in tests), finds none and goes on.
 */
@Component
class LockGuard {

	private volatile RunLock.@Nullable Held held;

	void hold(RunLock.Held held) {
		this.held = held;
	}

	void release() {
		this.held = null;
	}

	/** Stops the run before its next workbook when another run has taken the lock. */
	void check() {
		RunLock.Held current = this.held;
		if (current != null && !current.stillHeld()) {
			throw new RunLock.LostException("another gap-report run took the job database's run lock after this "
					+ "run's lease ran out (was the database unreachable?): this run stopped; the next run reports "
					+ "what is left");
		}
	}

}
