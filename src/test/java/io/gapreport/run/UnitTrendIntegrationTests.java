package io.gapreport.run;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.gapreport.cli.GapReportCli;
import io.gapreport.report.PdfText;
import io.gapreport.sample.SampleSpec;
import io.gapreport.sample.SampleWorkbooks;
import io.gapreport.testing.ConsoleLines;
import io.gapreport.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A unit's earlier waves (same client, same unit) give its trend: the sample Łódź Bank's
 * two waves, reported by one run, give each branch's Q3 report its Q2 as the Q2 unit
 * report had it. The console's line for each counts its unit reports.
 */
class UnitTrendIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path folder;

	@Test
	void aUnitsEarlierWaveIsItsTrend() throws Exception {
		Path input = this.folder.resolve("input");
		SampleWorkbooks.write(new SampleSpec(2, 300, 8, 2026, 2), input);
		Path output = this.folder.resolve("output");
		var out = new StringWriter();
		List<String> args = new ArrayList<>(
				List.of("run", "--threads", "1", "--input", input.toString(), "--output", output.toString()));
		args.addAll(TestDatabases.properties("h2", this.folder));
		assertThat(GapReportCli.execute(new PrintWriter(out, true), new PrintWriter(out, true),
				args.toArray(String[]::new)))
			.as(out.toString())
			.isZero();

		for (String branch : List.of("lodz-centrum", "lodz-baluty", "warszawa-mokotow", "krakow-rynek")) {
			JsonNode q2 = JSON.readTree(output.resolve("lodz-bank/2026-q2/units/" + branch + "/scores.json").toFile());
			JsonNode q3 = JSON.readTree(output.resolve("lodz-bank/2026-q3/units/" + branch + "/scores.json").toFile());
			JsonNode trend = q3.get("trend");
			assertThat(trend).as(branch).hasSize(2);
			assertThat(trend.get(0).get("wave").asString()).isEqualTo("2026-Q2");
			assertThat(trend.get(0).get("gap5").asDouble()).as(branch)
				.isCloseTo(q2.get("trend").get(0).get("gap5").asDouble(), within(1e-12));
			assertThat(trend.get(0).get("nps").asDouble()).isCloseTo(q2.get("nps").get("score").asDouble(),
					within(1e-12));
			assertThat(q2.get("trend")).as("the unit's first wave").hasSize(1);
			// the words speak of the unit's waves, not the client's
			assertThat(PdfText.of(output.resolve("lodz-bank/2026-q3/units/" + branch + "/report.pdf"))
				.replaceAll("\\s+", " ")).contains("Fale tej jednostki ujęte w raportach")
				.doesNotContain("Fale tego klienta");
			assertThat(PdfText.of(output.resolve("lodz-bank/2026-q2/units/" + branch + "/report.pdf"))
				.replaceAll("\\s+", " ")).contains("To pierwsza fala tej jednostki objęta raportem");
		}
		// the progress line and the summary's line
		assertThat(ConsoleLines.of(out.toString()))
			.filteredOn((line) -> line.contains("lodz-bank-2026-q3.xlsx") && line.contains("reported"))
			.hasSize(2)
			.allSatisfy((line) -> assertThat(line).contains("4 unit report(s); "));
	}

}
