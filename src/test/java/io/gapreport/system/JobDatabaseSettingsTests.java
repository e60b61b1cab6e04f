package io.gapreport.system;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every H2 job database commits to disk at once and waits a bounded time for a locked
 * row, whatever URL the user gives.
 */
class JobDatabaseSettingsTests {

	@Test
	void aUserGivenH2UrlGetsWriteDelayZeroAndALockTimeout() {
		assertThat(JobDatabaseSettings.h2("jdbc:h2:file:/srv/gr/db;AUTO_SERVER=TRUE", Duration.ofSeconds(60)))
			.isEqualTo("jdbc:h2:file:/srv/gr/db;AUTO_SERVER=TRUE;WRITE_DELAY=0;LOCK_TIMEOUT=60000");
	}

	@Test
	void anotherWriteDelayIsReplacedAndTheUsersLockTimeoutKept() {
		assertThat(JobDatabaseSettings.h2("jdbc:h2:file:/srv/gr/db;write_delay=500;LOCK_TIMEOUT=5000",
				Duration.ofSeconds(60)))
			.isEqualTo("jdbc:h2:file:/srv/gr/db;LOCK_TIMEOUT=5000;WRITE_DELAY=0");
	}

}
