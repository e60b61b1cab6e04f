package io.gapreport.cli;

import java.sql.SQLException;

import io.gapreport.system.MigrationWaitException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How failures are worded on the console, and their exit codes.
 */
class FailuresTests {

	@Test
	void aWaitForAnotherProcessesMigrationIsAnOutageWordedAsThatMigration() {
		var timeout = new SQLException("Timeout trying to lock table", "HYT00");
		Failures.Worded worded = Failures.word(new MigrationWaitException(timeout), null);
		assertThat(worded.exitCode()).isEqualTo(GapReportCli.UNREACHABLE).isEqualTo(3);
		assertThat(worded.getMessage()).contains("was being migrated by another gap-report process")
			.contains("gap-report.lock-timeout")
			.doesNotContain("paused");
	}

	@Test
	void aRowKeptLockedByARunIsStillWordedAsThatRun() {
		var timeout = new SQLException("Timeout trying to lock table", "HYT00");
		Failures.Worded worded = Failures.word(new RuntimeException(timeout), null);
		assertThat(worded.exitCode()).isEqualTo(3);
		assertThat(worded.getMessage()).contains("kept a row locked").contains("paused");
	}

}
