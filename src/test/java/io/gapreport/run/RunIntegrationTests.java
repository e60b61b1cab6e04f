package io.gapreport.run;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.gapreport.cli.GapReportCli;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import io.gapreport.testing.TestDatabases;
import io.gapreport.testing.Workbooks;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code run} command end to end: the Spring Batch job over a folder of good and bad
 * workbooks, with its job repository in an H2 file database of the test's own.
 */
class RunIntegrationTests {

	static final List<String> databases = TestDatabases.KINDS;

	@TempDir
	Path folder;

	private Path input;

	private Path output;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	@BeforeEach
	void inputFolder() throws Exception {
		this.input = Files.createDirectories(this.folder.resolve("input"));
		this.output = this.folder.resolve("output");
		Files.copy(Path.of(getClass().getResource("/golden/example-small.xlsx").toURI()),
				Files.createDirectories(this.input.resolve("cafe")).resolve("example-small.xlsx"));
		Files.writeString(this.input.resolve("notes.xlsx"), "a text file renamed to .xlsx");
		Files.writeString(this.input.resolve("~$example-small.xlsx"), "Excel's lock file");
		try (var workbook = new XSSFWorkbook();
				OutputStream file = Files.newOutputStream(this.input.resolve("bad.xlsx"))) {
			var engagement = workbook.createSheet("Engagement");
			engagement.createRow(0).createCell(0).setCellValue("client");
			engagement.getRow(0).createCell(1).setCellValue("Bad Client");
			var items = workbook.createSheet("Items");
			var header = items.createRow(0);
			header.createCell(0).setCellValue("code");
			header.createCell(1).setCellValue("text");
			header.createCell(2).setCellValue("level");
			var item = items.createRow(1);
			item.createCell(0).setCellValue("A1");
			item.createCell(1).setCellValue("Was it right?");
			item.createCell(2).setCellValue("acuracy");
			workbook.write(file);
		}
	}

	@Test
	void goodWorkbooksAreReportedAndBadOnesFailAloneWithAClearMessage() throws Exception {
		assertThat(run()).isEqualTo(1);
		JsonNode summary = summary();
		assertThat(summary).hasSize(3);
		assertThat(entry(summary, "bad.xlsx").get("status").asString()).isEqualTo("failed");
		assertThat(entry(summary, "bad.xlsx").get("message").asString()).contains("Engagement")
			.contains("wave")
			.contains("Items!C2")
			.contains("acuracy")
			.contains("Customers");
		assertThat(entry(summary, "notes.xlsx").get("status").asString()).isEqualTo("failed");
		JsonNode cafe = entry(summary, "cafe/example-small.xlsx");
		assertThat(cafe.get("status").asString()).isEqualTo("reported");
		assertThat(cafe.get("client").asString()).isEqualTo("Example Café");
		assertThat(cafe.get("files").toString()).contains("example-cafe/2026-w1/scores.json",
				"example-cafe/2026-w1/rejected.csv");
		Path report = this.output.resolve("example-cafe/2026-w1");
		assertThat(Files.readAllLines(report.resolve("rejected.csv"))).containsExactly("sheet,row,cell,value,reason",
				"Customers,5,H5,abc,not a number", "Customers,7,,c2,respondent id repeats row 3",
				"Customers,8,,c6,no valid answer");
		JsonNode scores = JsonMapper.builder().build().readTree(report.resolve("scores.json").toFile());
		assertThat(scores.get("counts").get("customers").asInt()).isEqualTo(5);
		assertThat(scores.get("trend")).hasSize(1);
		assertThat(this.out.toString()).contains("3 workbook(s): 1 reported, 0 unchanged, 2 failed");
		try (Stream<Path> files = Files.walk(this.output)) {
			assertThat(files.filter((file) -> file.toString().endsWith(".part"))).isEmpty();
		}
	}

	@Test
	void anUnchangedWorkbookIsNotReportedAgainUnlessForced() throws Exception {
		run();
		Path scores = this.output.resolve("example-cafe/2026-w1/scores.json");
		// a time no rewrite could give it, rather than waiting for the clock to move on
		var firstWritten = java.nio.file.attribute.FileTime.fromMillis(0);
		Files.setLastModifiedTime(scores, firstWritten);
		assertThat(run()).isEqualTo(1);
		assertThat(entry(summary(), "cafe/example-small.xlsx").get("status").asString()).isEqualTo("unchanged");
		assertThat(Files.getLastModifiedTime(scores)).isEqualTo(firstWritten);
		assertThat(run("--force")).isEqualTo(1);
		assertThat(entry(summary(), "cafe/example-small.xlsx").get("status").asString()).isEqualTo("reported");
		assertThat(Files.getLastModifiedTime(scores)).isNotEqualTo(firstWritten);
	}

	@Test
	void aDeletedReportIsWrittenAgain() throws Exception {
		run();
		Files.delete(this.output.resolve("example-cafe/2026-w1/scores.json"));
		run();
		assertThat(entry(summary(), "cafe/example-small.xlsx").get("status").asString()).isEqualTo("reported");
	}

	@ParameterizedTest
	@FieldSource("databases")
	void theTrendAppearsAfterReportingTwoWavesOfOneClient(String database) throws Exception {
		Path waves = this.folder.resolve("waves");
		// file names sort the later wave first: the run still reports the earlier wave
		// first
		Workbooks.example(waves.resolve("a-acme-q3.xlsx"), "Acme", "2026-Q3", "en", "");
		Workbooks.example(waves.resolve("b-acme-q2.xlsx"), "ACME", "2026-Q2", "en", "");
		List<String> args = new java.util.ArrayList<>(
				List.of("run", "--input", waves.toString(), "--output", this.output.toString()));
		args.addAll(TestDatabases.properties(database, this.folder));
		assertThat(GapReportCli.execute(new PrintWriter(this.out, true), new PrintWriter(this.err, true),
				args.toArray(String[]::new)))
			.isZero();
		JsonNode trend = JsonMapper.builder()
			.build()
			.readTree(this.output.resolve("acme/2026-q3/scores.json").toFile())
			.get("trend");
		assertThat(trend).hasSize(2);
		assertThat(trend.get(0).get("wave").asString()).isEqualTo("2026-Q2");
		assertThat(trend.get(1).get("wave").asString()).isEqualTo("2026-Q3");
		assertThat(trend.get(0).get("gap5").asDouble()).isCloseTo(-0.5333333333,
				org.assertj.core.api.Assertions.within(1e-9));
		String text = io.gapreport.report.PdfText.of(this.output.resolve("acme/2026-q3/report.pdf"));
		// the same answers in both waves, the earlier one's levels read back from the
		// database
		assertThat(text).contains("Since 2026-Q2 the overall customer gap has stayed at \u22120.53: within chance")
			.containsPattern("Accuracy [+\u2212]?\\d\\.\\d\\d [+\u2212]?\\d\\.\\d\\d 0\\.00 Within chance");
		String first = io.gapreport.report.PdfText.of(this.output.resolve("acme/2026-q2/report.pdf"));
		assertThat(first).contains("This is the first reported wave of this client");
	}

	private int run(String... extra) {
		var args = new java.util.ArrayList<>(
				List.of("run", "--input", this.input.toString(), "--output", this.output.toString(),
						"--spring.datasource.url=jdbc:h2:file:" + this.folder.resolve("db/gap-report")));
		args.addAll(List.of(extra));
		return GapReportCli.execute(new PrintWriter(this.out, true), new PrintWriter(this.err, true),
				args.toArray(String[]::new));
	}

	private JsonNode summary() {
		return JsonMapper.builder().build().readTree(this.output.resolve("run-summary.json").toFile());
	}

	private static JsonNode entry(JsonNode summary, String path) {
		for (JsonNode entry : summary) {
			if (entry.get("path").asString().equals(path)) {
				return entry;
			}
		}
		throw new AssertionError("no entry for " + path + " in " + summary);
	}

}
