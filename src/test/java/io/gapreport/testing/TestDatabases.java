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
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The job databases the integration tests run against: an H2 file database of the test's
 * own, and the machine's PostgreSQL (127.0.0.1:5432, database {@code test}, trust
 * authentication, or an embedded one: {@link TestServices}) in a schema of the test's
 * own.
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
				TestServices.Postgres postgres = TestServices.postgres();
				createSchema(postgres, schema);
				yield List.of("--spring.datasource.url=" + postgres.url("currentSchema=" + schema),
						"--spring.datasource.username=" + postgres.user(), "--spring.datasource.password=");
			}
			default -> throw new IllegalArgumentException(kind);
		};
	}

	/**
	 * A fresh database of {@code kind}, its tables made by the migrations, for a test
	 * that uses JDBC directly: an in-memory H2 database, or a PostgreSQL schema of its
	 * own that closing drops.
	 */
	public static Database open(String kind) {
		String name = "gr_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		return switch (kind) {
			case "h2" -> new Database(migrated(
					new SimpleDriverDataSource(new org.h2.Driver(), "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1"),
					kind), null);
			case "postgresql" -> {
				TestServices.Postgres postgres = TestServices.postgres();
				createSchema(postgres, name);
				yield new Database(migrated(new SimpleDriverDataSource(new org.postgresql.Driver(),
						postgres.url("currentSchema=" + name), postgres.user(), ""), kind), name);
			}
			default -> throw new IllegalArgumentException(kind);
		};
	}

	/** A test's database; closing it drops what the test created. */
	public record Database(DataSource dataSource, @Nullable String schema) implements AutoCloseable {

		public JdbcTemplate jdbc() {
			return new JdbcTemplate(this.dataSource);
		}

		public PlatformTransactionManager transactions() {
			return new DataSourceTransactionManager(this.dataSource);
		}

		@Override
		public void close() {
			if (this.schema != null) {
				jdbc().execute("DROP SCHEMA " + this.schema + " CASCADE");
			}
			else {
				jdbc().execute("SHUTDOWN");
			}
		}

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

	/** Schemas this test JVM made, dropped when it ends if a test did not drop them. */
	private static final java.util.Set<String> SCHEMAS = java.util.concurrent.ConcurrentHashMap.newKeySet();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::dropLeftSchemas, "drop-test-schemas"));
	}

	private static void dropLeftSchemas() {
		if (SCHEMAS.isEmpty()) {
			return;
		}
		TestServices.Postgres postgres = TestServices.postgres();
		try (Connection connection = DriverManager.getConnection(postgres.url(), postgres.user(), "")) {
			for (String schema : SCHEMAS) {
				connection.createStatement().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
			}
		}
		catch (SQLException ex) {
			System.err.println("could not drop the test schemas " + SCHEMAS + ": " + ex.getMessage());
		}
	}

	private static void createSchema(TestServices.Postgres postgres, String schema) {
		try (Connection connection = DriverManager.getConnection(postgres.url(), postgres.user(), "")) {
			connection.createStatement().execute("CREATE SCHEMA " + schema.toLowerCase(Locale.ROOT));
			SCHEMAS.add(schema.toLowerCase(Locale.ROOT));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("the database tests need PostgreSQL (database test, trust authentication) "
					+ "at " + postgres.url() + ": " + ex.getMessage(), ex);
		}
	}

	/** Whether the schema that {@link #properties} made for {@code properties} exists. */
	public static boolean schemaExists(List<String> properties) {
		Schema schema = schema(properties)
			.orElseThrow(() -> new IllegalArgumentException("no PostgreSQL schema in " + properties));
		try (Connection connection = DriverManager.getConnection(schema.url(), TestServices.postgres().user(), "");
				var statement = connection
					.prepareStatement("SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = ?")) {
			statement.setString(1, schema.name());
			try (var result = statement.executeQuery()) {
				return result.next() && result.getInt(1) > 0;
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Drops a schema that {@link #properties} made. */
	public static void dropSchema(List<String> properties) {
		schema(properties).ifPresent((schema) -> {
			try (Connection connection = DriverManager.getConnection(schema.url(), TestServices.postgres().user(),
					"")) {
				connection.createStatement().execute("DROP SCHEMA IF EXISTS " + schema.name() + " CASCADE");
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	/** The PostgreSQL schema named in {@link #properties}, with its server's URL. */
	private static java.util.Optional<Schema> schema(List<String> properties) {
		for (String property : properties) {
			int schema = property.indexOf("currentSchema=");
			if (property.startsWith("--spring.datasource.url=jdbc:postgresql:") && schema > 0) {
				return java.util.Optional
					.of(new Schema(property.substring("--spring.datasource.url=".length(), property.indexOf('?')),
							property.substring(schema + "currentSchema=".length())));
			}
		}
		return java.util.Optional.empty();
	}

	private record Schema(String url, String name) {
	}

}
