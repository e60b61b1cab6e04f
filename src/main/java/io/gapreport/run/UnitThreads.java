package io.gapreport.run;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

/**
 * The threads that write unit reports, as many as the run's threads and shared by every
 * workbook the process reports at once: a workbook's units are rendered on every core
 * while its own thread renders the client's report, and no more reports are in memory at
 * once than there are threads (a unit's report, plus the client's one per workbook). The
 * threads start when the first units are written and end after a minute without work;
 * each keeps its font resolver and XHTML parser warm from one unit to the next.
 */
public final class UnitThreads implements AutoCloseable {

	/** Every unit written on the workbook's own thread, one after another. */
	public static final UnitThreads CALLER = new UnitThreads(null);

	private final @Nullable ThreadPoolExecutor pool;

	private UnitThreads(@Nullable ThreadPoolExecutor pool) {
		this.pool = pool;
	}

	/** {@code threads} threads (at least one). */
	public static UnitThreads of(int threads) {
		int count = Math.max(1, threads);
		var pool = new ThreadPoolExecutor(count, count, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(), new Named());
		pool.allowCoreThreadTimeOut(true);
		return new UnitThreads(pool);
	}

	/** Where units are written. */
	Executor executor() {
		return (this.pool != null) ? this.pool : Runnable::run;
	}

	/** Lets the units already started finish, and takes no more. */
	@Override
	public void close() {
		if (this.pool != null) {
			this.pool.shutdown();
		}
	}

	/** Daemon threads named {@code gap-report-units-N}. */
	private static final class Named implements ThreadFactory {

		private final AtomicInteger count = new AtomicInteger();

		@Override
		public Thread newThread(Runnable task) {
			Thread thread = new Thread(task, "gap-report-units-" + this.count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		}

	}

}
