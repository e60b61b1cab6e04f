package io.gapreport.benchmark;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;

/** Samples heap use every few milliseconds while open. */
final class HeapSampler implements AutoCloseable {

	private final AtomicLong peak = new AtomicLong();

	private final Thread thread;

	private volatile boolean running = true;

	HeapSampler() {
		var memory = ManagementFactory.getMemoryMXBean();
		this.thread = new Thread(() -> {
			while (this.running) {
				this.peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
				try {
					Thread.sleep(5);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
		this.thread.setDaemon(true);
		this.thread.start();
	}

	long peak() {
		return this.peak.get();
	}

	@Override
	public void close() throws InterruptedException {
		this.running = false;
		this.thread.join();
	}

}
