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

	/** Takes the lock if no one holds it; empty when another run holds it. */
	java.util.Optional<Held> tryAcquire();

	/**
	 * Whether {@code owner} ({@link Held#owner()}) holds the lock with a lease that has
	 * not run out: what a remote worker asks before each workbook of its run's manager.
	 */
	boolean heldBy(String owner);

	/** The held lock; closing it lets the next run go. */
	interface Held extends AutoCloseable {

		/**
		 * Who holds it ({@code pid@host}, {@link Owners}), as {@link RunLock#heldBy}
		 * asks.
		 */
		String owner();

		/**
		 * Whether this process still holds the lock: false once its lease ran out and
		 * another run took it.
		 */
		boolean stillHeld();

		/**
		 * The run whose lease ran out when this one took the lock, if it took it over:
		 * that run may be paused, not dead, and still hold rows of the job database.
		 */
		default java.util.Optional<String> tookOverFrom() {
			return java.util.Optional.empty();
		}

		@Override
		void close();

	}

	/**
	 * The run stopped because another run took the lock after this one's lease ran out;
	 * or a remote worker stopped a client because the run's manager no longer holds it.
	 */
	final class LostException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		public LostException(String message) {
			super(message);
		}

	}

}
