package io.gapreport.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import io.gapreport.run.Outages;

import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Migrates the job database at start one process at a time, so that several gap-report
 * processes (a manager and its workers, {@code serve} and a {@code run}) starting
 * together against one database, new or needing a new migration, all start.
 * <p>
 * Flyway's own locks do not cover that. On PostgreSQL it takes an advisory lock (keyed on
 * the history table's name) only around creating its schema history table and around
 * applying each migration, not around its first look at the database (is there a history
 * table? is the schema empty?). A process that looks just after another created the
 * history table, and before it recorded anything there, finds a non-empty schema without
 * history, so baselines it ({@code baseline-on-migrate}) and fails: "Unable to baseline
 * schema history table … as it already exists, and is empty". On H2 the same happens; and
 * there two processes can also apply the first migration side by side, Flyway's lock (a
 * {@code SELECT … FOR UPDATE} on the history table) notwithstanding: one of them then
 * waits for the other's locks until the lock timeout and fails ("Unable to insert row for
 * version '1' in Schema History table").
 * <p>
 * So the whole migration runs under a lock of its own, held on a connection of its own
 * that Flyway does not use: on PostgreSQL the session-level advisory lock
 * {@link #LOCK_KEY}, on H2 the row of {@link #H2_LOCK_TABLE}, held in an open
 * transaction. What that adds to Flyway's locks: the first look, the baseline or the
 * history table's creation that follows it, and every migration are done by one process
 * while the others wait (at most the connections' lock timeout,
 * {@value JobDatabaseSettings#LOCK_TIMEOUT}); a process that comes second then finds the
 * database migrated and has nothing to do.
 */
final class JobDatabaseMigration implements FlywayMigrationStrategy {

	/**
	 * The key of the PostgreSQL advisory lock held while migrating ("gap-rprt" in ASCII),
	 * one for the whole database: schemas of other gap-report installations in it wait
	 * for each other's migrations too, which take a second.
	 */
	static final long LOCK_KEY = 0x6761702d72707274L;

	/**
	 * The schema of {@link #H2_LOCK_TABLE}: not the default one, which Flyway looks at to
	 * tell a new database (empty) from one made before Flyway (to baseline).
	 */
	static final String H2_LOCK_SCHEMA = "GAP_REPORT_MIGRATION";

	/** H2's error codes (org.h2.api.ErrorCode) for what another process created first. */
	private static final int H2_TABLE_EXISTS = 42101;

	private static final int H2_SCHEMA_EXISTS = 90078;

	private static final int H2_DUPLICATE_KEY = 23505;

	private static final int H2_CONCURRENT_UPDATE = 90131;

	private static final int H2_GENERAL_ERROR = 50000;

	/** The table whose one row an H2 migration holds locked. */
	static final String H2_LOCK_TABLE = H2_LOCK_SCHEMA + ".LOCK_ROW";

	@Override
	public void migrate(Flyway flyway) {
		DataSource dataSource = flyway.getConfiguration().getDataSource();
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			String database = connection.getMetaData().getDatabaseProductName();
			if ("PostgreSQL".equals(database)) {
				lock(statement, "SELECT pg_advisory_lock(" + LOCK_KEY + ")");
				boolean migrated = false;
				try {
					flyway.migrate();
					migrated = true;
				}
				finally {
					unlock(statement, "SELECT pg_advisory_unlock(" + LOCK_KEY + ")", migrated);
				}
			}
			else if ("H2".equals(database)) {
				createH2LockRow(statement);
				connection.setAutoCommit(false);
				boolean migrated = false;
				try {
					lock(statement, "SELECT ID FROM " + H2_LOCK_TABLE + " WHERE ID = 1 FOR UPDATE");
					flyway.migrate();
					migrated = true;
				}
				finally {
					unlock(statement, "ROLLBACK", migrated);
					try {
						connection.setAutoCommit(true);
					}
					catch (SQLException ex) {
						// as for the unlock: not over a failed migration's own failure
						if (migrated) {
							throw ex;
						}
					}
				}
			}
			else {
				flyway.migrate();
			}
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("could not lock the job database to migrate it", ex);
		}
	}

	/**
	 * Creates {@link #H2_LOCK_TABLE} and its row unless they are there. H2 runs two
	 * {@code CREATE … IF NOT EXISTS} of one object at the same moment into "object
	 * already exists": that is tried again, a few times.
	 */
	private static void createH2LockRow(Statement statement) throws SQLException {
		RetryPolicy createdElsewhere = RetryPolicy.builder()
			.maxRetries(5)
			.delay(Duration.ofMillis(20))
			.jitter(Duration.ofMillis(10))
			.predicate(JobDatabaseMigration::createdElsewhere)
			.build();
		try {
			new RetryTemplate(createdElsewhere).execute(() -> {
				statement.execute("CREATE SCHEMA IF NOT EXISTS " + H2_LOCK_SCHEMA);
				statement.execute("CREATE TABLE IF NOT EXISTS " + H2_LOCK_TABLE + "(ID INT PRIMARY KEY)");
				// not MERGE: updating the row would wait for a migrating process's lock
				// on it
				statement.execute("INSERT INTO " + H2_LOCK_TABLE + "(ID) SELECT 1 WHERE NOT EXISTS (SELECT ID FROM "
						+ H2_LOCK_TABLE + " WHERE ID = 1)");
				return null;
			});
		}
		catch (RetryException ex) {
			if (ex.getCause() instanceof SQLException failure) {
				throw failure;
			}
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	/**
	 * Takes the lock; a wait longer than the lock timeout is this process's outage, told
	 * apart from a row a paused run keeps locked.
	 */
	private static void lock(Statement statement, String lock) throws SQLException {
		try {
			statement.execute(lock);
		}
		catch (SQLException ex) {
			if (Outages.isLockTimeout(ex)) {
				throw new MigrationWaitException(ex);
			}
			throw ex;
		}
	}

	/**
	 * Whether {@code failure} is H2's answer to creating what another process created at
	 * the same moment: a schema or table that already exists, the row's duplicate key, a
	 * concurrent update of its catalogue. Nothing else is tried again (a lock timeout is
	 * a failure of its own, not to be waited for again).
	 */
	private static boolean createdElsewhere(Throwable failure) {
		return failure instanceof SQLException sql && switch (sql.getErrorCode()) {
			case H2_TABLE_EXISTS, H2_SCHEMA_EXISTS, H2_DUPLICATE_KEY, H2_CONCURRENT_UPDATE -> true;
			// H2 2.4 answers two CREATE … IF NOT EXISTS of one object at the same moment
			// so
			case H2_GENERAL_ERROR -> String.valueOf(sql.getMessage()).contains("object already exists");
			default -> false;
		};
	}

	/**
	 * Releases the lock. After a failed migration a failure to release it is not reported
	 * over the migration's: a connection that cannot run a statement is broken, and its
	 * lock went with its session.
	 */
	private static void unlock(Statement statement, String unlock, boolean migrated) throws SQLException {
		try {
			statement.execute(unlock);
		}
		catch (SQLException ex) {
			if (migrated) {
				throw ex;
			}
		}
	}

}
