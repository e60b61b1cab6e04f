package io.gapreport.run;

import java.nio.file.Path;
import java.util.List;

/** Reports every workbook under an input folder into an output folder. */
public interface ReportRun {

	/**
	 * Reports every workbook under {@code input} into {@code output} and writes the run
	 * summary; returns one outcome per workbook, in the order they were processed.
	 */
	List<WorkbookOutcome> run(Path input, Path output, RunOptions options, RunProgress progress);

	/**
	 * Like {@link #run}, but when another run holds the job database it does nothing and
	 * returns empty instead of waiting (for scheduled runs).
	 */
	java.util.Optional<List<WorkbookOutcome>> runIfFree(Path input, Path output, RunOptions options,
			RunProgress progress);

}
