package io.gapreport.schedule;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.gapreport.cli.GapReportCli;
import io.gapreport.locking.JdbcRunLock;
import io.gapreport.run.RunLock;
import io.gapreport.testing.TestDatabases;
import io.gapreport.testing.Workbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code serve} against a job database where another process is running: the scheduled
 * run is skipped, not run alongside; once the other process is done, the next one runs.
 */
class ServeIntegrationTests {

	static final List<String> databases = TestDatabases.KINDS;

	@TempDir
	Path folder;

	@ParameterizedTest
	@FieldSource("databases")
	void aScheduledRunIsSkippedWhileAnotherProcessRunsAndRunsAfterwards(String database) throws Exception {
		Path input = this.folder.resolve("input");
		Workbooks.example(input.resolve("cafe.xlsx"), "Café", "2026-Q3", "en", "");
		List<String> db = TestDatabases.properties(database, this.folder);
		List<String> args = new ArrayList<>(List.of("serve", "--cron", "* * * * * *", "--max-runs", "1", "--input",
				input.toString(), "--output", this.folder.resolve("output").toString()));
		args.addAll(db);

		var busy = new StringWriter();
		try (RunLock.Held other = otherProcess(db, database).acquire(() -> {
		})) {
			assertThat(serve(args, busy)).as(busy::toString).isZero();
		}
		assertThat(busy.toString()).contains("run skipped: another gap-report run holds the job database")
			.doesNotContain("reported");
		assertThat(this.folder.resolve("output/cafe")).doesNotExist();

		var free = new StringWriter();
		assertThat(serve(args, free)).isZero();
		assertThat(free.toString()).contains("1 workbook(s): 1 reported").doesNotContain("skipped");
		assertThat(free.toString().lines())
			.allSatisfy((line) -> assertThat(line).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d .*"));
	}

	@Test
	void serveWithItsJobDatabaseDownSaysSoOnOneTimestampedLineWithExitCodeThree() {
		var out = new StringWriter();
		assertThat(serve(List.of("serve", "--quiet", "--max-runs", "1", "--input", this.folder.toString(), "--output",
				this.folder.resolve("output").toString(),
				"--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/gapreport"), out))
			.isEqualTo(3);
		assertThat(out.toString().lines()).singleElement()
			.satisfies((line) -> assertThat(line).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d gap-report: "
					+ "the job database jdbc:postgresql://127.0.0.1:1/gapreport is unreachable: .*"));
	}

	/** The run lock as another process on another host would hold it. */
	private static JdbcRunLock otherProcess(List<String> db, String database) {
		var builder = DataSourceBuilder.create().username("sa");
		for (String property : db) {
			String value = property.substring(property.indexOf('=') + 1);
			if (property.startsWith("--spring.datasource.url=")) {
				builder.url(value);
			}
			else if (property.startsWith("--spring.datasource.username=")) {
				builder.username(value);
			}
		}
		var jdbc = new JdbcTemplate(TestDatabases.migrated(builder.build(), database));
		return new JdbcRunLock(jdbc, "4242@another-host", Duration.ofMinutes(2));
	}

	private static int serve(List<String> args, StringWriter out) {
		return GapReportCli.execute(new PrintWriter(out, true), new PrintWriter(out, true),
				args.toArray(String[]::new));
	}

}
