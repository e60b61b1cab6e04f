package io.gapreport.run;

/**
 * Lets one run at a time work on the job database, across processes and machines: a
 * second run waits until the first is done.
 */
public interface RunLock {

	/**
	 * Waits until this process holds the lock; {@code waiting} is told once if it has to
	 * wait.
	 */
	Held acquire(Runnable waiting) throws InterruptedException;

	/** The held lock; closing it lets the next run go. */
	interface Held extends AutoCloseable {

		@Override
		void close();

	}

}
