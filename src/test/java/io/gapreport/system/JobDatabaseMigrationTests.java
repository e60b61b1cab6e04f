package io.gapreport.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.gapreport.testing.TestDatabases;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Several gap-report processes (a manager and its workers) that start at the same moment
 * against a new job database all migrate it, and its schema history holds every migration
 * once.
 */
class JobDatabaseMigrationTests {

	/**
	 * New databases per kind. Without {@link JobDatabaseMigration}'s lock a round fails
	 * about one time in four on PostgreSQL and two in five on H2 (measured on 2 cores).
	 */
	private static final int ROUNDS = 10;

	/** The processes that start together in a round. */
	private static final int PROCESSES = 4;

	static final List<String> KINDS = TestDatabases.KINDS;

	@TempDir
	Path folder;

	@ParameterizedTest
	@FieldSource("KINDS")
	void processesStartingTogetherOnANewDatabaseAllMigrateIt(String kind) throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			List<String> properties = TestDatabases.properties(kind, this.folder.resolve("round-" + round));
			try {
				startTogether(kind, properties, round);
			}
			finally {
				if (kind.equals("postgresql")) {
					TestDatabases.dropSchema(properties);
				}
			}
		}
	}

	/**
	 * A process that waits longer than the lock timeout for another's migration stops
	 * with a failure of its own (worded as the other process's migration, not as a run
	 * that keeps a row locked), and the migration it waited for is not disturbed.
	 */
	@ParameterizedTest
	@FieldSource("KINDS")
	void aProcessThatWaitsTooLongForAnothersMigrationStopsWithAFailureOfItsOwn(String kind) throws Exception {
		List<String> properties = TestDatabases.properties(kind, this.folder.resolve("waiting"));
		try (HikariDataSource first = pool(properties, Duration.ofMillis(300));
				HikariDataSource second = pool(properties, Duration.ofMillis(300))) {
			new JobDatabaseMigration().migrate(flyway(first, kind));
			try (Connection migrating = first.getConnection(); Statement statement = migrating.createStatement()) {
				// what a migrating process holds
				if (kind.equals("postgresql")) {
					statement.execute("SELECT pg_advisory_lock(" + JobDatabaseMigration.LOCK_KEY + ")");
				}
				else {
					migrating.setAutoCommit(false);
					statement
						.execute("SELECT ID FROM " + JobDatabaseMigration.H2_LOCK_TABLE + " WHERE ID = 1 FOR UPDATE");
				}
				assertThatThrownBy(() -> new JobDatabaseMigration().migrate(flyway(second, kind)))
					.isInstanceOf(MigrationWaitException.class);
				if (kind.equals("postgresql")) {
					statement.execute("SELECT pg_advisory_unlock(" + JobDatabaseMigration.LOCK_KEY + ")");
				}
				else {
					migrating.rollback();
					migrating.setAutoCommit(true);
				}
			}
			// once the other is done, it starts
			new JobDatabaseMigration().migrate(flyway(second, kind));
			assertMigratedOnce(first, kind);
		}
		finally {
			if (kind.equals("postgresql")) {
				TestDatabases.dropSchema(properties);
			}
		}
	}

	private static void startTogether(String kind, List<String> properties, int round) throws Exception {
		// the race is lost by a process that looks at the database a few milliseconds
		// after another: the starts are staggered by a step that changes from round to
		// round (this spreads the starts out; it waits for nothing)
		long step = TimeUnit.MICROSECONDS.toNanos(2000 + (round % 4) * 500);
		CyclicBarrier start = new CyclicBarrier(PROCESSES);
		ExecutorService processes = Executors.newFixedThreadPool(PROCESSES);
		List<HikariDataSource> pools = new ArrayList<>();
		try {
			List<Future<?>> started = new ArrayList<>();
			for (int process = 0; process < PROCESSES; process++) {
				HikariDataSource pool = pool(properties);
				pools.add(pool);
				Flyway flyway = flyway(pool, kind);
				long lag = process * step;
				started.add(processes.submit(() -> {
					start.await();
					long at = System.nanoTime() + lag;
					while (System.nanoTime() < at) {
						Thread.onSpinWait();
					}
					new JobDatabaseMigration().migrate(flyway);
					return null;
				}));
			}
			for (Future<?> process : started) {
				process.get(60, TimeUnit.SECONDS);
			}
			assertMigratedOnce(pools.get(0), kind);
		}
		finally {
			processes.shutdownNow();
			pools.forEach(HikariDataSource::close);
		}
	}

	/**
	 * Each migration applied once, none failed, no baseline (the database was empty), and
	 * at most Flyway's marker of the table's creation besides.
	 */
	private static void assertMigratedOnce(DataSource dataSource, String kind) {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		String history = jdbc.queryForList("SELECT * FROM \"flyway_schema_history\" ORDER BY \"installed_rank\"")
			.toString();
		assertThat(jdbc.queryForList("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"type\" = 'SQL'",
				String.class))
			.as(history)
			.hasSize(flyway(dataSource, kind).info().all().length)
			.doesNotHaveDuplicates();
		assertThat(jdbc.queryForList("SELECT \"type\" FROM \"flyway_schema_history\" WHERE \"type\" <> 'SQL'",
				String.class))
			.as(history)
			.isSubsetOf("TABLE")
			.hasSizeLessThanOrEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE NOT \"success\"",
				Integer.class))
			.as(history)
			.isZero();
	}

	/** A connection pool as the application makes it, with its lock timeout. */
	private static HikariDataSource pool(List<String> properties) {
		return pool(properties, Duration.ofSeconds(60));
	}

	/**
	 * A connection pool as the application makes it, with a lock timeout of
	 * {@code lockTimeout}.
	 */
	private static HikariDataSource pool(List<String> properties, Duration lockTimeout) {
		HikariDataSource pool = new HikariDataSource();
		pool.setMaximumPoolSize(4);
		pool.setUsername("sa");
		for (String property : properties) {
			String[] pair = property.substring(2).split("=", 2);
			switch (pair[0]) {
				case "spring.datasource.url" -> pool.setJdbcUrl(pair[1]);
				case "spring.datasource.username" -> pool.setUsername(pair[1]);
				default -> {
				}
			}
		}
		if (pool.getJdbcUrl().startsWith("jdbc:h2:")) {
			pool.setJdbcUrl(JobDatabaseSettings.h2(pool.getJdbcUrl(), lockTimeout));
		}
		else {
			pool.setConnectionInitSql("SET lock_timeout = " + lockTimeout.toMillis());
		}
		return pool;
	}

	/** Flyway configured as application.properties configures it. */
	private static Flyway flyway(DataSource dataSource, String kind) {
		Properties application = new Properties();
		try (InputStream in = JobDatabaseMigrationTests.class.getResourceAsStream("/application.properties")) {
			application.load(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return Flyway.configure()
			.dataSource(dataSource)
			.locations(application.getProperty("spring.flyway.locations").replace("{vendor}", kind).split(","))
			.baselineOnMigrate(Boolean.parseBoolean(application.getProperty("spring.flyway.baseline-on-migrate")))
			.baselineVersion(application.getProperty("spring.flyway.baseline-version"))
			.load();
	}

}
