package io.gapreport.run;

/**
 * Hears how a run goes, one workbook at a time, so that a long run shows its progress.
 */
public interface RunProgress {

	/** Another run holds the job database; this one waits for it to finish. */
	default void waiting() {
	}

	/**
	 * This run took over the run lock from {@code owner}, whose lease ran out; whatever
	 * that run still holds in the job database is waited for at most {@code lockTimeout}.
	 */
	default void tookOver(String owner, java.time.Duration lockTimeout) {
	}

	/** The run found {@code workbooks} workbooks to process. */
	void started(int workbooks);

	/** The {@code index}-th workbook (1-based) of {@code total} is done. */
	void finished(int index, int total, WorkbookOutcome outcome);

	/** Hears nothing. */
	RunProgress NONE = new RunProgress() {

		@Override
		public void started(int workbooks) {
		}

		@Override
		public void finished(int index, int total, WorkbookOutcome outcome) {
		}

	};

}
