package io.gapreport.benchmark;

import java.lang.management.ManagementFactory;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Samples heap use every few milliseconds while open. */
final class HeapSampler implements AutoCloseable {

	private final AtomicLong peak = new AtomicLong();

	private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "heap-sampler");
		thread.setDaemon(true);
		return thread;
	});

	HeapSampler() {
		var memory = ManagementFactory.getMemoryMXBean();
		this.sampler.scheduleAtFixedRate(
				() -> this.peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max), 0, 5,
				TimeUnit.MILLISECONDS);
	}

	long peak() {
		return this.peak.get();
	}

	@Override
	public void close() throws InterruptedException {
		this.sampler.shutdownNow();
		this.sampler.awaitTermination(10, TimeUnit.SECONDS);
	}

}
