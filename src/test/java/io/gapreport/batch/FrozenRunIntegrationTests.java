package io.gapreport.batch;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.gapreport.cli.GapReportCli;
import io.gapreport.testing.ConsoleLines;
import io.gapreport.testing.TestDatabases;
import io.gapreport.testing.Workbooks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.JdbcJobRepositoryFactoryBean;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two runs and the run lock, through the command line: a run paused past its lease (a
 * frozen run, here a transaction the test holds open on its rows) keeps the run that
 * takes over from waiting without a word or for ever; a run whose lock another run took
 * stops at once, before it records the workbook in hand.
 */
class FrozenRunIntegrationTests {

	static final List<String> databases = TestDatabases.KINDS;

	/**
	 * A lease ending {@code ?} seconds from the database's now, as the run lock writes
	 * it.
	 */
	private static final String ENDING_IN = "TIMESTAMP '1970-01-01 00:00:00' + (EXTRACT(EPOCH FROM CURRENT_TIMESTAMP) "
			+ "+ CAST(? AS NUMERIC(12, 3))) * INTERVAL '1' SECOND";

	private static final String FROZEN = "4242@frozen-host#1";

	@TempDir
	Path folder;

	private List<String> database = List.of();

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	@AfterEach
	void dropSchema() {
		TestDatabases.dropSchema(this.database);
	}

	@ParameterizedTest
	@FieldSource("databases")
	void aRunThatTakesOverFromAFrozenRunSaysWhatItWaitsForAndGivesUpWithExitCodeThree(String kind) throws Exception {
		Path input = this.folder.resolve("input");
		Path output = this.folder.resolve("output");
		Workbooks.example(input.resolve("cafe.xlsx"), "Cafe", "2026-Q3", "en", "");
		this.database = TestDatabases.properties(kind, this.folder);
		DataSource dataSource = TestDatabases.migrated(dataSource(this.database), kind);
		JobRepository repository = repository(dataSource);
		// the frozen run: its execution running, its lease run out, a transaction open
		// on its partition's row
		JobParameters parameters = new JobParametersBuilder()
			.addString("input", input.toAbsolutePath().normalize().toString())
			.addString("output", output.toAbsolutePath().normalize().toString())
			.addString("run", "2026-01-01T00:00:00Z")
			.toJobParameters();
		JobExecution frozen = repository.createJobExecution(
				repository.createJobInstance(ReportJobConfiguration.JOB_NAME, parameters), parameters,
				new ExecutionContext());
		StepExecution partition = repository
			.createStepExecution(ReportJobConfiguration.PARTITION_STEP + ":" + ClientPartitioner.name(0), frozen);
		partition.getExecutionContext()
			.putString(ClientPartitioner.WORKBOOKS, input.resolve("cafe.xlsx").toAbsolutePath().toString());
		repository.updateExecutionContext(partition);
		new JdbcTemplate(dataSource).update(
				"INSERT INTO GR_LOCK (NAME, OWNER, EXPIRES_AT) VALUES ('run', ?, " + ENDING_IN + ")", FROZEN,
				BigDecimal.valueOf(-1));
		try (Connection held = dataSource.getConnection()) {
			held.setAutoCommit(false);
			try (PreparedStatement lock = held
				.prepareStatement("UPDATE BATCH_STEP_EXECUTION SET VERSION = VERSION WHERE STEP_EXECUTION_ID = ?")) {
				lock.setLong(1, partition.getId());
				assertThat(lock.executeUpdate()).isOne();
			}

			CompletableFuture<Integer> taking = CompletableFuture
				.supplyAsync(() -> run(input, output, "--gap-report.lock-timeout=2s"));
			try {
				// it gives up on its own, not when the frozen run comes back
				assertThat(taking.get(2, TimeUnit.MINUTES)).as(this.out + "\n" + this.err).isEqualTo(3);
			}
			finally {
				held.rollback();
			}
		}
		assertThat(this.out.toString()).contains("took over the job database's run lock from " + FROZEN
				+ ", whose lease ran out (paused, or cut off from the database?); waiting at most 2 s for any row it "
				+ "still holds");
		assertThat(ConsoleLines.of(this.err)).singleElement()
			.asString()
			.startsWith("gap-report: the job database jdbc:")
			.contains(" kept a row locked for longer than 2s (gap-report.lock-timeout): another connection's "
					+ "transaction holds it, such as a gap-report run that is paused or cut off; this run stopped");
		assertThat(output.resolve("cafe")).doesNotExist();

		// the frozen run gone, the next run finishes the work
		assertThat(run(input, output)).as(this.out + "\n" + this.err).isZero();
		assertThat(output.resolve("cafe/2026-q3/report.pdf")).isRegularFile();
	}

	@ParameterizedTest
	@FieldSource("databases")
	void aRunWhoseLockAnotherRunTookStopsAtOnceWithExitCodeThree(String kind) throws Exception {
		Path input = this.folder.resolve("input");
		Path output = this.folder.resolve("output");
		for (int i = 1; i <= 3; i++) {
			Workbooks.example(input.resolve("client-" + i + ".xlsx"), "Client " + i, "2026-Q3", "en", "");
		}
		this.database = TestDatabases.properties(kind, this.folder);
		CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> run(input, output));

		await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(5)).until(() -> pdfBeingWritten(output));
		// what a run that found this one's lease run out does (this one paused meanwhile)
		var jdbc = new JdbcTemplate(dataSource(this.database));
		assertThat(jdbc.update("UPDATE GR_LOCK SET OWNER = ?, EXPIRES_AT = " + ENDING_IN, "4242@another-host",
				BigDecimal.valueOf(3600)))
			.isOne();

		assertThat(run.get(3, TimeUnit.MINUTES)).as(this.out + "\n" + this.err).isEqualTo(3);
		assertThat(ConsoleLines.of(this.err)).containsExactly("gap-report: another gap-report run took the job "
				+ "database's run lock after this run's lease ran out (was this run paused, or the database "
				+ "unreachable?): this run stopped; the next run reports what is left");
		// the workbook in hand was not recorded, so its report was not put in place
		try (Stream<Path> files = Files.walk(output)) {
			assertThat(files.map(Path::getFileName).map(Path::toString))
				.noneMatch((name) -> name.equals("report.pdf") || name.endsWith(".part"));
		}
		JsonNode summary = JsonMapper.builder().build().readTree(output.resolve("run-summary.json").toFile());
		assertThat(summary).hasSize(3);
		summary.forEach((entry) -> assertThat(entry.get("message").asString())
			.isEqualTo("not reported: the run stopped before this workbook was done; the next run reports it"));
		assertThat(jdbc.queryForObject("SELECT OWNER FROM GR_LOCK", String.class)).isEqualTo("4242@another-host");
	}

	private int run(Path input, Path output, String... extra) {
		List<String> args = new ArrayList<>(
				List.of("run", "--threads", "1", "--input", input.toString(), "--output", output.toString()));
		args.addAll(this.database);
		args.addAll(List.of(extra));
		return GapReportCli.execute(new PrintWriter(this.out, true), new PrintWriter(this.err, true),
				args.toArray(String[]::new));
	}

	/** A data source on the database the command line is given. */
	private static DataSource dataSource(List<String> properties) {
		String url = properties.get(0).substring("--spring.datasource.url=".length());
		return url.startsWith("jdbc:postgresql:")
				? new SimpleDriverDataSource(new org.postgresql.Driver(), url,
						io.gapreport.testing.TestServices.postgres().user(), "")
				: new SimpleDriverDataSource(new org.h2.Driver(), url, "sa", "");
	}

	private static JobRepository repository(DataSource dataSource) throws Exception {
		var factory = new JdbcJobRepositoryFactoryBean();
		factory.setDataSource(dataSource);
		factory.setTransactionManager(new DataSourceTransactionManager(dataSource));
		factory.afterPropertiesSet();
		return factory.getObject();
	}

	private static boolean pdfBeingWritten(Path output) {
		try (Stream<Path> files = Files.walk(output)) {
			return files.anyMatch((file) -> file.getFileName().toString().startsWith(".report.pdf."));
		}
		catch (IOException | UncheckedIOException ex) {
			return false;
		}
	}

}
