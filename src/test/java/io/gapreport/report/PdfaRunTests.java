package io.gapreport.report;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.gapreport.cli.GapReportCli;
import io.gapreport.sample.SampleClient;
import io.gapreport.sample.SampleUnit;
import io.gapreport.sample.SampleWorkbooks;
import io.gapreport.survey.Scale;
import io.gapreport.survey.Sector;
import io.gapreport.testing.TestDatabases;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the run command writes is PDF/A-2b, unit reports and the reports that quote
 * customers and count their themes included, in all four languages: the sample input
 * (Polish with branches) and a small workbook with two branches, comments and themes in
 * English, Czech and Russian each; and beside each, its HTML twin is the same report.
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
		branches(input.resolve("en-branches.xlsx"), "en", "Harbour Street", "Station Road");
		branches(input.resolve("cs-branches.xlsx"), "cs", "Pobočka Žižkov", "Pobočka Česká Třebová");
		branches(input.resolve("ru-branches.xlsx"), "ru", "Филиал Тверская", "Филиал Щёлково");
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
		assertThat(reports).as("seven client reports, the Łódź branches' own and two per small workbook")
			.hasSizeGreaterThanOrEqualTo(17);
		for (String language : List.of("en", "cs", "ru")) {
			assertThat(reports).as("the %s workbook's branch reports", language)
				.filteredOn((report) -> report.toString().contains("/units/")
						&& output.relativize(report).toString().startsWith(language + "-branches"))
				.hasSize(2);
		}
		for (Path report : reports) {
			String text = PdfText.of(report);
			if (!report.toString().contains("/units/")) {
				// the voice is in every client report: its Themes section
				assertThat(text).as(report.toString()).containsAnyOf("Themes", "Tematy", "Témata", "Темы");
			}
			// the twin beside it is the same report: the same title, hence the same unit
			String title;
			try (PDDocument pdf = Loader.loadPDF(report.toFile())) {
				title = pdf.getDocumentInformation().getTitle();
			}
			Document twin = Jsoup.parse(report.resolveSibling("report.html").toFile());
			assertThat(twin.title()).as(output.relativize(report).toString()).isEqualTo(title);
			assertThat(twin.select("h1").text()).isEqualTo(title);
			try {
				PdfaTests.assertPdfA2b(Files.readAllBytes(report));
			}
			catch (AssertionError ex) {
				throw new AssertionError(output.relativize(report) + ": " + ex.getMessage(), ex);
			}
		}
	}

	/**
	 * Writes a small workbook in {@code language} whose customers, managers and audit
	 * visits are split between two branches, with comments and a Themes sheet.
	 */
	private static void branches(Path file, String language, String first, String second) throws Exception {
		List<SampleUnit> units = List.of(new SampleUnit(first, first, List.of("first@example.com"), 0.5, 0.2),
				new SampleUnit(second, second, List.of("second@example.com"), 0.5, -0.4));
		SampleWorkbooks.writeOne(new SampleClient(language + "-branches", "2026-Q3", LocalDate.of(2026, 9, 30),
				language, Scale.DEFAULT, 120, 8, 23, 0.0, List.of(-0.3, -0.6, 0.1, 0.2), List.of("ceo@example.com"),
				Sector.BANKING, units), file);
	}

}
