package io.gapreport.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.List;

import io.gapreport.run.DiskFault;
import io.gapreport.run.RunLock;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a run that did not complete reports, out of the failures of its partitions: what
 * the command line can word with the right exit code, not the step failure around it.
 */
class RunFailureTests {

	private final RuntimeException bug = new IllegalStateException("a bug");

	private final RuntimeException full = DiskFault
		.of(new UncheckedIOException(new IOException("No space left on device")), "/srv/reports")
		.orElseThrow();

	@Test
	void aFullDiskIsFoundInsideTheStepFailureAroundIt() {
		assertThat(BatchReportRun.failure(List.of(this.bug, new RuntimeException("step failed", this.full)),
				BatchStatus.FAILED))
			.isSameAs(this.full);
	}

	@Test
	void aLostLockThenALostDatabaseComeBeforeAFullDisk() {
		var lockTimeout = new RuntimeException("step failed",
				new SQLException("canceling statement due to lock timeout", "55P03"));
		assertThat(BatchReportRun.failure(List.of(this.full, lockTimeout), BatchStatus.FAILED)).isSameAs(lockTimeout);
		var lost = new RunLock.LostException("lost");
		assertThat(BatchReportRun.failure(List.of(this.full, lockTimeout, new RuntimeException("step failed", lost)),
				BatchStatus.FAILED))
			.isSameAs(lost);
		assertThat(BatchReportRun.failure(List.of(this.bug), BatchStatus.FAILED)).isSameAs(this.bug);
	}

}
