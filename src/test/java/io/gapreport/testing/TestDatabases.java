package io.gapreport.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/**
 * The job databases the integration tests run against: an H2 file database of the test's
 * own, and the machine's PostgreSQL (127.0.0.1:5432, database {@code test}, trust
 * authentication) in a schema of the test's own.
 */
public final class TestDatabases {

	/** The database kinds every database test runs on. */
	public static final List<String> KINDS = List.of("h2", "postgresql");

	private TestDatabases() {
	}

	/** Spring properties for a fresh database of {@code kind}. */
	public static List<String> properties(String kind, Path folder) {
		return switch (kind) {
			case "h2" -> List.of("--spring.datasource.url=jdbc:h2:file:"
					+ folder.resolve("db/gap-report").toAbsolutePath() + ";AUTO_SERVER=TRUE;WRITE_DELAY=0");
			case "postgresql" -> {
				String schema = "gr_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
				createSchema(schema);
				yield List.of("--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema,
						"--spring.datasource.username=" + postgresUser(), "--spring.datasource.password=");
			}
			default -> throw new IllegalArgumentException(kind);
		};
	}

	/**
	 * Creates gap-report's tables in {@code dataSource} with its Flyway migrations, as
	 * the application does at start.
	 */
	public static DataSource migrated(DataSource dataSource, String kind) {
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration/common", "classpath:db/migration/" + kind)
			.load()
			.migrate();
		return dataSource;
	}

	private static void createSchema(String schema) {
		try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test",
				postgresUser(), "")) {
			connection.createStatement().execute("CREATE SCHEMA " + schema.toLowerCase(Locale.ROOT));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("the database tests need PostgreSQL on 127.0.0.1:5432 (database test, "
					+ "trust authentication): " + ex.getMessage(), ex);
		}
	}

	private static String postgresUser() {
		return System.getProperty("gapreport.test.pguser", "postgres");
	}

}
