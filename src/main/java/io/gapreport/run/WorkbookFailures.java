package io.gapreport.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What a runtime failure while reporting one workbook means for the run: an unreachable
 * job database (or one whose rows another run keeps locked), a full disk or an output
 * folder that cannot be written is thrown on, since no later workbook could be reported
 * either; another I/O fault fails this workbook with its cause; anything else is a fault
 * of this program, not of the workbook, and fails this workbook alone, marked as such.
 */
final class WorkbookFailures {

	private static final System.Logger LOGGER = System.getLogger(WorkbookReporter.class.getName());

	private WorkbookFailures() {
	}

	static WorkbookOutcome fault(String path, @Nullable String client, @Nullable String wave, RuntimeException ex,
			Duration elapsed, Path output) {
		if (Outages.isUnreachable(ex) || Outages.isLockTimeout(ex)) {
			throw ex;
		}
		Optional<DiskFault> disk = DiskFault.of(ex, output.toString());
		if (disk.isPresent()) {
			throw disk.get();
		}
		if (Outages.ioCause(ex) != null) {
			return WorkbookOutcome.failed(path, client, wave,
					"could not write the report: " + Outages.oneLine(Outages.ioCause(ex)), elapsed);
		}
		LOGGER.log(System.Logger.Level.ERROR, "could not report " + path, ex);
		return new WorkbookOutcome(path, client, wave, WorkbookOutcome.Status.FAILED,
				"could not make the report: an error in gap-report (" + ex.getClass().getSimpleName() + ": "
						+ Outages.oneLine(ex) + "); the log file has the details",
				List.of(), elapsed, List.of(), true);
	}

}
