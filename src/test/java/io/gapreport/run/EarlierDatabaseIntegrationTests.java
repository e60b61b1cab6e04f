package io.gapreport.run;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import io.gapreport.cli.GapReportCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job database made by an earlier gap-report, which created its tables on first use
 * before Flyway kept a schema history, keeps working: Flyway baselines it and creates
 * only what is missing.
 */
class EarlierDatabaseIntegrationTests {

	@TempDir
	Path folder;

	@Test
	void aJobDatabaseFromBeforeFlywayIsTakenOverNotRefused() throws Exception {
		String url = "jdbc:h2:file:" + this.folder.resolve("db/gap-report");
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement()) {
			// the tables as the earlier version made them: the same definitions, no
			// history
			for (String name : new String[] { "/db/migration/h2/V1__batch_schema.sql",
					"/db/migration/common/V2__gap_report_tables.sql" }) {
				try (var in = getClass().getResourceAsStream(name)) {
					String script = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^\\s*--.*$",
							"");
					for (String sql : script.split(";")) {
						if (!sql.isBlank()) {
							statement.execute(sql);
						}
					}
				}
			}
		}
		Path input = Files.createDirectories(this.folder.resolve("input"));
		Files.copy(Path.of(getClass().getResource("/golden/example-small.xlsx").toURI()),
				input.resolve("example-small.xlsx"));
		Path output = this.folder.resolve("output");
		var err = new StringWriter();
		int exit = GapReportCli.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "run",
				"--input", input.toString(), "--output", output.toString(), "--spring.datasource.url=" + url);
		assertThat(exit).as(err.toString()).isZero();
		assertThat(output.resolve("example-cafe/2026-w1/report.pdf")).isRegularFile();
	}

}
