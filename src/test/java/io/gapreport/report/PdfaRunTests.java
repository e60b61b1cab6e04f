package io.gapreport.report;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.gapreport.cli.GapReportCli;
import io.gapreport.testing.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the run command writes is PDF/A-2b, unit reports and the reports that quote
 * customers and count their themes included, in the four languages of the sample input.
 */
class PdfaRunTests {

	@TempDir
	Path folder;

	@BeforeAll
	static void veraPdf() {
		VeraGreenfieldFoundryProvider.initialise();
	}

	@Test
	void everyReportARunWritesOfUnitsAndCommentsIsPdfA2b() throws Exception {
		Path input = this.folder.resolve("input");
		Files.createDirectories(input);
		// Polish with branches, comments and themes; Russian, Czech and English with
		// comments and themes
		for (String workbook : List.of("lodz-bank-2026-q3.xlsx", "severnyy-bank-2026-q3.xlsx",
				"zlutoucky-kun-s-r-o-2026-q3.xlsx", "acme-logistics-2026-q3.xlsx")) {
			Files.copy(Path.of("input", workbook), input.resolve(workbook));
		}
		Path output = this.folder.resolve("output");
		List<String> args = new ArrayList<>(
				List.of("run", "--threads", "2", "--input", input.toString(), "--output", output.toString()));
		args.addAll(TestDatabases.properties("h2", this.folder));
		var out = new StringWriter();
		assertThat(GapReportCli.execute(new PrintWriter(out, true), new PrintWriter(out, true),
				args.toArray(String[]::new)))
			.as(out.toString())
			.isZero();

		List<Path> reports;
		try (Stream<Path> files = Files.walk(output)) {
			reports = files.filter((file) -> file.getFileName().toString().equals("report.pdf")).sorted().toList();
		}
		assertThat(reports).as("four client reports and the Łódź branches' own")
			.hasSizeGreaterThanOrEqualTo(7)
			.anyMatch((report) -> report.toString().contains("/units/"));
		for (Path report : reports) {
			String text = PdfText.of(report);
			if (!report.toString().contains("/units/")) {
				// the voice is in every client report: its Themes section
				assertThat(text).as(report.toString()).containsAnyOf("Themes", "Tematy", "Témata", "Темы");
			}
			try {
				PdfaTests.assertPdfA2b(Files.readAllBytes(report));
			}
			catch (AssertionError ex) {
				throw new AssertionError(output.relativize(report) + ": " + ex.getMessage(), ex);
			}
		}
	}

}
