package io.gapreport.batch;

/**
 * How this process runs the job: on how many threads, or by remote workers.
 *
 * @param threads how many partitions (clients) run at once; the number of cores when not
 * positive
 * @param remote whether the workers listening on the broker run the partitions
 */
record ReportRunSettings(int threads, boolean remote) {

	ReportRunSettings {
		threads = (threads > 0) ? threads : Runtime.getRuntime().availableProcessors();
	}

}
