package io.gapreport.run;

/**
 * Hears how a run goes, one workbook at a time, so that a long run shows its progress.
 */
public interface RunProgress {

	/** Another run holds the job database; this one waits for it to finish. */
	default void waiting() {
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
