package io.gapreport.locking;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.gapreport.run.RunLock;
import io.gapreport.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The run lock's lease: renewal goes on after a failed renewal, and a holder whose lease
 * ran out and was taken knows it no longer holds the lock.
 */
class JdbcRunLockTests {

	private static final Duration LEASE = Duration.ofMillis(600);

	@Test
	void aFailedRenewalIsTriedAgainNotGivenUpForGood() throws Exception {
		try (TestDatabases.Database database = TestDatabases.open("h2")) {
			var lock = new JdbcRunLock(database.jdbc(), "1@this-host", LEASE, Clock.systemUTC());
			try (RunLock.Held held = lock.acquire(() -> {
			})) {
				database.jdbc().execute("ALTER TABLE GR_LOCK RENAME TO GR_LOCK_AWAY");
				Instant away = Instant.now();
				await().atMost(Duration.ofSeconds(5)).until(() -> Instant.now().isAfter(away.plus(LEASE)));
				database.jdbc().execute("ALTER TABLE GR_LOCK_AWAY RENAME TO GR_LOCK");
				Instant back = Instant.now();
				await().atMost(Duration.ofSeconds(5)).until(() -> expiresAt(database).isAfter(back.plus(LEASE)));
				assertThat(held.stillHeld()).isTrue();
			}
		}
	}

	@Test
	void aHolderWhoseLeaseWasTakenByAnotherRunKnowsItLostTheLock() throws Exception {
		try (TestDatabases.Database database = TestDatabases.open("h2")) {
			var lock = new JdbcRunLock(database.jdbc(), "1@this-host", LEASE, Clock.systemUTC());
			try (RunLock.Held held = lock.acquire(() -> {
			})) {
				assertThat(held.stillHeld()).isTrue();
				// what another run does once this run's lease has run out
				database.jdbc()
					.update("UPDATE GR_LOCK SET OWNER = ?, EXPIRES_AT = ?", "4242@another-host",
							Timestamp.from(Instant.now().plus(Duration.ofHours(1))));
				await().atMost(Duration.ofSeconds(5)).until(() -> !held.stillHeld());
			}
			assertThat(lock.holder()).isEqualTo("4242@another-host");
		}
	}

	@Test
	void theLockIsHeldByItsOwnerOnlyWhileItsLeaseLasts() throws Exception {
		try (TestDatabases.Database database = TestDatabases.open("h2")) {
			var manager = new JdbcRunLock(database.jdbc(), "1@manager-host", LEASE, Clock.systemUTC());
			// a worker's lock: it asks, never takes
			var worker = new JdbcRunLock(database.jdbc(), "2@worker-host", LEASE, Clock.systemUTC());
			assertThat(worker.heldBy("1@manager-host")).isFalse();
			try (RunLock.Held held = manager.acquire(() -> {
			})) {
				assertThat(held.owner()).isEqualTo("1@manager-host");
				assertThat(worker.heldBy("1@manager-host")).isTrue();
				assertThat(worker.heldBy("2@worker-host")).isFalse();
				// a lease that ran out while no other run wanted the lock
				database.jdbc()
					.update("UPDATE GR_LOCK SET EXPIRES_AT = ?", Timestamp.from(Instant.now().minusSeconds(1)));
				assertThat(worker.heldBy("1@manager-host")).isFalse();
			}
		}
	}

	private static Instant expiresAt(TestDatabases.Database database) {
		return database.jdbc().queryForObject("SELECT EXPIRES_AT FROM GR_LOCK", Timestamp.class).toInstant();
	}

}
