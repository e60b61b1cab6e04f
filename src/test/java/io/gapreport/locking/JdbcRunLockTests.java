package io.gapreport.locking;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import io.gapreport.run.RunLock;
import io.gapreport.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * The run lock's lease, on the database's clock: renewal goes on after a failed renewal,
 * a holder whose lease ran out and was taken knows it no longer holds the lock, and a
 * lease runs out when the database's clock says so.
 */
class JdbcRunLockTests {

	static final List<String> databases = TestDatabases.KINDS;

	private static final Duration LEASE = Duration.ofMillis(600);

	/**
	 * What another run writes: a lease ending {@code ?} seconds from the database's now.
	 */
	private static final String ENDING_IN = "TIMESTAMP '1970-01-01 00:00:00' + (EXTRACT(EPOCH FROM CURRENT_TIMESTAMP) "
			+ "+ CAST(? AS NUMERIC(12, 3))) * INTERVAL '1' SECOND";

	@ParameterizedTest
	@FieldSource("databases")
	void aFailedRenewalIsTriedAgainNotGivenUpForGood(String kind) throws Exception {
		try (TestDatabases.Database database = TestDatabases.open(kind)) {
			var lock = new JdbcRunLock(database.jdbc(), "1@this-host", LEASE);
			try (RunLock.Held held = lock.acquire(() -> {
			})) {
				database.jdbc().execute("ALTER TABLE GR_LOCK RENAME TO GR_LOCK_AWAY");
				double away = databaseNow(database);
				await().atMost(Duration.ofSeconds(5)).until(() -> databaseNow(database) > away + 0.6);
				database.jdbc().execute("ALTER TABLE GR_LOCK_AWAY RENAME TO GR_LOCK");
				double back = databaseNow(database);
				await().atMost(Duration.ofSeconds(5)).until(() -> expiresAt(database) > back + 0.6);
				assertThat(held.stillHeld()).isTrue();
			}
		}
	}

	@ParameterizedTest
	@FieldSource("databases")
	void aHolderWhoseLeaseWasTakenByAnotherRunKnowsItLostTheLockAtOnce(String kind) throws Exception {
		try (TestDatabases.Database database = TestDatabases.open(kind)) {
			var lock = new JdbcRunLock(database.jdbc(), "1@this-host", Duration.ofMinutes(10));
			try (RunLock.Held held = lock.acquire(() -> {
			})) {
				assertThat(held.stillHeld()).isTrue();
				// what another run does once this run's lease has run out (this run
				// frozen): the holder knows at once, not at its next renewal minutes on
				database.jdbc()
					.update("UPDATE GR_LOCK SET OWNER = ?, EXPIRES_AT = " + ENDING_IN, "4242@another-host",
							BigDecimal.valueOf(3600));
				assertThat(held.stillHeld()).isFalse();
			}
			assertThat(lock.holder()).isEqualTo("4242@another-host");
		}
	}

	@ParameterizedTest
	@FieldSource("databases")
	void aLeaseIsTimedByTheDatabasesClock(String kind) throws Exception {
		try (TestDatabases.Database database = TestDatabases.open(kind)) {
			var first = new JdbcRunLock(database.jdbc(), "1@first-host", Duration.ofMinutes(2));
			var second = new JdbcRunLock(database.jdbc(), "2@second-host", Duration.ofMinutes(2));
			try (RunLock.Held held = first.acquire(() -> {
			})) {
				assertThat(expiresAt(database)).isCloseTo(databaseNow(database) + 120, within(5.0));
				assertThat(second.tryAcquire()).isEmpty();
				// the database's clock passes the lease's end (whatever the machines'
				// clocks say): the next run takes the lock
				database.jdbc().update("UPDATE GR_LOCK SET EXPIRES_AT = " + ENDING_IN, BigDecimal.valueOf(-1));
				try (RunLock.Held taken = second.tryAcquire().orElseThrow()) {
					assertThat(taken.owner()).isEqualTo("2@second-host");
					assertThat(held.stillHeld()).isFalse();
				}
			}
		}
	}

	@ParameterizedTest
	@FieldSource("databases")
	void theLockIsHeldByItsOwnerOnlyWhileItsLeaseLasts(String kind) throws Exception {
		try (TestDatabases.Database database = TestDatabases.open(kind)) {
			// a lease of a minute is renewed every 20 s: not between the lease's end set
			// below and the worker's look (with LEASE, renewed every 200 ms, a busy
			// machine
			// let the renewal in between)
			var manager = new JdbcRunLock(database.jdbc(), "1@manager-host", Duration.ofMinutes(1));
			// a worker's lock: it asks, never takes
			var worker = new JdbcRunLock(database.jdbc(), "2@worker-host", LEASE);
			assertThat(worker.heldBy("1@manager-host")).isFalse();
			try (RunLock.Held held = manager.acquire(() -> {
			})) {
				assertThat(held.owner()).isEqualTo("1@manager-host");
				assertThat(worker.heldBy("1@manager-host")).isTrue();
				assertThat(worker.heldBy("2@worker-host")).isFalse();
				// a lease that ran out while no other run wanted the lock
				database.jdbc().update("UPDATE GR_LOCK SET EXPIRES_AT = " + ENDING_IN, BigDecimal.valueOf(-1));
				assertThat(worker.heldBy("1@manager-host")).isFalse();
			}
		}
	}

	/** The database's clock, in seconds since 1970. */
	private static double databaseNow(TestDatabases.Database database) {
		return database.jdbc().queryForObject("SELECT EXTRACT(EPOCH FROM CURRENT_TIMESTAMP)", Double.class);
	}

	/** The lease's end, in seconds since 1970 (the column holds UTC). */
	private static double expiresAt(TestDatabases.Database database) {
		return database.jdbc()
			.queryForObject("SELECT EXPIRES_AT FROM GR_LOCK", java.sql.Timestamp.class)
			.toLocalDateTime()
			.toInstant(java.time.ZoneOffset.UTC)
			.toEpochMilli() / 1000.0;
	}

}
