package io.gapreport.batch;

import java.nio.file.Path;

import io.gapreport.run.RunLock;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.stereotype.Component;

/**
 * Stops a partition before its next workbook, and before it records the one in hand, once
 * its run no longer holds the run lock, rather than let it go on beside the run that took
 * the lock. A local run's partitions look at the lock this process holds while it
 * launches the report job (the run lock lets one run at a time into this process). A
 * remote worker holds nothing: it asks the job database whether the run's manager, named
 * by job parameter {@value #OWNER}, still holds the lock with a lease that has not run
 * out. A job started without the lock (in tests) goes on.
 */
@Component
class LockGuard {

	/**
	 * Job parameter, not identifying: who holds the run lock for this execution of the
	 * run, so that a restarted run (a new manager) names itself.
	 */
	static final String OWNER = "lock-owner";

	private static final System.Logger LOGGER = System.getLogger(LockGuard.class.getName());

	private final RunLock lock;

	private volatile RunLock.@Nullable Held held;

	LockGuard(RunLock lock) {
		this.lock = lock;
	}

	void hold(RunLock.Held held) {
		this.held = held;
	}

	void release() {
		this.held = null;
	}

	/**
	 * Stops the run before {@code workbook}, its partition's next, when it has lost the
	 * lock: called by a partition of the run launched with {@code parameters}.
	 */
	void check(JobParameters parameters, Path workbook) {
		String manager = parameters.getString(OWNER);
		if (Boolean.parseBoolean(parameters.getString(ClientPartitionHandler.REMOTE, "false")) && manager != null) {
			if (!this.lock.heldBy(manager)) {
				var lost = new RunLock.LostException("this run's manager (" + manager + ") no longer holds the job "
						+ "database's run lock (it ended, or its lease ran out and another run took it): this worker "
						+ "stopped the client before " + workbook + "; the next run reports what is left");
				// a worker's console shows it (logback-spring.xml)
				LOGGER.log(System.Logger.Level.WARNING, lost.getMessage());
				throw lost;
			}
			return;
		}
		RunLock.Held current = this.held;
		if (current != null && !current.stillHeld()) {
			throw lost();
		}
	}

	/** What stops a local run that lost the lock. */
	static RunLock.LostException lost() {
		return new RunLock.LostException("another gap-report run took the job database's run lock after this "
				+ "run's lease ran out (was this run paused, or the database unreachable?): this run stopped; the "
				+ "next run reports what is left");
	}

}
