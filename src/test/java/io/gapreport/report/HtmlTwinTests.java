package io.gapreport.report;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import io.gapreport.scoring.Scores;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML twin, read with an HTML parser: one self-contained file in the report's
 * language, headings in order under one {@code h1}, captioned tables with scoped header
 * cells in sideways-scrolling boxes, every chart a figure with its numbers in words, and
 * the rules that make it reflow on a 360-px phone.
 */
class HtmlTwinTests {

	@TempDir
	static Path folder;

	@ParameterizedTest
	@ValueSource(strings = { "en", "pl", "cs", "ru" })
	void theTwinIsOneAccessibleSelfContainedFileInTheReportsLanguage(String language) throws Exception {
		var scored = ExampleWorkbooks.score(ExampleWorkbooks.write(folder, language, "Łódź <Bank>", "Was it right?"));
		Document html = Jsoup.parse(html(scored.scores(), scored.problems(), "example-" + language));
		assertThat(html.documentType().name()).isEqualTo("html");
		assertThat(html.selectFirst("html").attr("lang")).isEqualTo(language);
		assertThat(html.select("meta[name=viewport]").attr("content")).contains("width=device-width");
		assertThat(html.select("h1")).hasSize(1);
		assertThat(html.selectFirst("h1").text()).contains("Łódź <Bank>");
		assertThat(html.select("script, link, iframe, object, embed, img")).isEmpty();
		assertThat(html.select("[src], [href]")).isEmpty();
		// only references inside the file (the charts' clip paths)
		assertThat(html.html()).doesNotContainPattern("url\\((?!#)").doesNotContain("@import");
		assertHeadingsInOrder(html);
		assertThat(html.select("table:not([role=presentation])")).isNotEmpty().allSatisfy((table) -> {
			assertThat(table.parent().hasClass("table-scroll")).as("table in a scrolling box").isTrue();
			assertThat(table.select("> caption").text()).isNotBlank();
			assertThat(table.select("th")).allSatisfy((th) -> assertThat(th.attr("scope")).isIn("col", "row"));
		});
		assertThat(html.select("[data-chart]")).isEmpty();
		assertThat(html.select("figure")).isNotEmpty().allSatisfy((figure) -> {
			assertThat(figure.select("> svg[role=img]").attr("aria-label")).isNotBlank();
			assertThat(figure.select("> figcaption li")).isNotEmpty();
			assertThat(figure.select("> figcaption").text()).containsPattern("\\d");
			// the measure named once: never "Share of comments (Share of comments (%))"
			assertThat(figure.select("> figcaption li"))
				.allSatisfy((item) -> assertThat(item.text()).doesNotContainPattern("^([^(:]{4,}) \\(\\1"));
		});
		String styles = html.select("style").html();
		assertThat(styles).contains("figure.chart svg { display: block; width: 100%; max-width: 100%; height: auto;",
				".table-scroll { overflow-x: auto;", "figure.chart svg text { white-space: pre; }",
				"body *:not(svg):not(svg *) { font-size: 1rem !important;");
		assertThat(styles.replaceAll("(?s)@page.*?\\}\\s*\\}", "")).doesNotContainPattern("font-size: *0\\.[0-7]");
		assertThat(html.select("#header, #footer")).isEmpty();
	}

	/**
	 * The drawings are spliced into the serialized page where their slots, comments, are;
	 * the serializer leaves a {@code meta} element's attribute unescaped, so a client's
	 * name that looks like a slot must not take a drawing.
	 */
	@Test
	void aClientNamedLikeADrawingsSlotKeepsItsNameAndEveryChartItsTwoDrawings() throws Exception {
		String name = "Acme <!--drawing 0--> & \"Sons\"";
		var scored = ExampleWorkbooks.score(ExampleWorkbooks.write(folder, "en", name, "Was it right?"));
		String text = html(scored.scores(), scored.problems(), "slot-like");
		Document html = Jsoup.parse(text);
		assertThat(html.selectFirst("h1").text()).contains(name);
		assertThat(html.select("meta[name=title]").attr("content")).contains(name);
		assertThat(html.select("figure")).isNotEmpty().allSatisfy((figure) -> {
			assertThat(figure.select("> svg.phone")).hasSize(1);
			assertThat(figure.select("> svg.wide")).hasSize(1);
			assertThat(figure.select("> svg").attr("aria-label")).isNotBlank();
		});
		assertThat(html.select("svg").size()).isEqualTo(2 * html.select("figure").size());
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "pl", "cs", "ru" })
	void noChartTextIsSmallerThan14PxOnA360PxPhoneNorOnAWideScreen(String language) throws Exception {
		var scored = ExampleWorkbooks.score(ExampleWorkbooks.write(folder, language, "Łódź Bank", "Was it right?"));
		assertChartsLegible(Jsoup.parse(html(scored.scores(), scored.problems(), "legible-" + language)));
	}

	/**
	 * Each chart is drawn for a phone, where it fits a 360-px screen less the page's
	 * margins, and as in the PDF, shown only from 62rem (992 px) on; neither can be drawn
	 * narrower than its minimum width (its figure scrolls instead), at which its smallest
	 * type is 14 px.
	 */
	static void assertChartsLegible(Document html) {
		String styles = html.select("style").html().replaceAll("\\s+", " ");
		assertThat(styles).contains("figure.chart { margin: 1rem 0; max-width: 100%; overflow-x: auto; }",
				"figure.chart svg.wide { display: none; }",
				"@media (min-width: 62rem) { figure.chart svg.wide { display: block; } figure.chart svg.phone { display: none; } }",
				"body { max-width: 62rem; margin: 0 auto; padding: 0.75rem;");
		assertThat(html.select("figure.chart")).isNotEmpty().allSatisfy((figure) -> {
			Element phone = figure.selectFirst("> svg.phone");
			Element wide = figure.selectFirst("> svg.wide");
			assertThat(phone).isNotNull();
			assertThat(wide).isNotNull();
			// 360 px less 2 × 0.75rem of the body's padding
			assertThat(minimumWidth(phone)).as(phone.id()).isLessThanOrEqualTo(336);
			// 62rem less the padding: the wide drawing shows only where it fits
			assertThat(minimumWidth(wide)).as(wide.id()).isLessThanOrEqualTo(992 - 24);
			for (Element svg : List.of(phone, wide)) {
				double viewBoxWidth = Double.parseDouble(svg.attr("viewBox").trim().split("[\\s,]+")[2]);
				assertThat(smallestType(svg) * minimumWidth(svg) / viewBoxWidth)
					.as("smallest type of %s at its minimum width, px", svg.id())
					.isGreaterThanOrEqualTo(14);
			}
		});
	}

	private static double minimumWidth(Element svg) {
		var width = java.util.regex.Pattern.compile("min-width:\\s*([0-9.]+)px").matcher(svg.attr("style"));
		assertThat(width.find()).as("%s has a minimum width in px", svg.id()).isTrue();
		return Double.parseDouble(width.group(1));
	}

	/** The smallest font size any text of the drawing has, in its own units. */
	private static double smallestType(Element svg) {
		var sizes = java.util.regex.Pattern.compile("font-size\\s*:\\s*([0-9.]+)([a-z%]*)");
		double smallest = Double.MAX_VALUE;
		for (Element element : svg.select("*")) {
			var size = sizes.matcher(element.attr("style") + ";font-size:" + element.attr("font-size"));
			while (size.find()) {
				assertThat(size.group(2)).as("font size unit in %s", svg.id()).isIn("px", "");
				smallest = Math.min(smallest, Double.parseDouble(size.group(1)));
			}
		}
		assertThat(svg.select("text")).as("%s has text", svg.id()).isNotEmpty();
		return smallest;
	}

	@Test
	void everyChartStatesItsNumbersAndTheStatusWordBesideItsColour() throws Exception {
		var scored = ExampleWorkbooks.score(ExampleWorkbooks.write(folder, "en", "Café", "Was your order right?"));
		Document html = Jsoup.parse(html(scored.scores(), scored.problems(), "figures"));
		Element gaps = html.selectFirst("figure:has(svg#chart-gaps)");
		assertThat(gaps).isNotNull();
		String words = gaps.select("figcaption").text();
		assertThat(words).startsWith("Chart data").containsPattern("Gap 5[^;]*: −?\\d+\\.\\d\\d");
		assertThat(html.select("figure svg text")).isNotEmpty();
	}

	@Test
	void aReportWithATrendHasItsLinesInWords() throws Exception {
		Scores first = ExampleWorkbooks.score(Path.of("input", "lodz-bank-2026-q2.xlsx")).scores();
		var scored = ExampleWorkbooks.score(Path.of("input", "lodz-bank-2026-q3.xlsx"), List.of(first.trendPoint()));
		Document html = Jsoup.parse(html(scored.scores(), scored.problems(), "trend"));
		assertThat(html.select("figure")).hasSizeGreaterThan(2);
		assertHeadingsInOrder(html);
		assertChartsLegible(html);
	}

	@Test
	void aChannelsPositionKeepsAWideColumnSoItsRowsStayLowOnAPhone() throws Exception {
		var scored = ExampleWorkbooks.score(Path.of("input", "acme-logistics-2026-q3.xlsx"));
		Document html = Jsoup.parse(html(scored.scores(), scored.problems(), "first-contact"));
		assertThat(html.select("table:has(td.channel)")).isNotEmpty().allSatisfy((table) -> {
			assertThat(table.select("thead th.position")).hasSize(1);
			assertThat(table.select("tbody tr")).allSatisfy((row) -> assertThat(row.select("td.position")).hasSize(1));
		});
		assertThat(html.select("style").html()).contains(
				"body .table-scroll th.position:not(.number), body .table-scroll td.position:not(.number) { min-width: 15rem; }");
	}

	private static void assertHeadingsInOrder(Document html) {
		int previous = 0;
		for (Element heading : html.select("h1, h2, h3, h4, h5, h6")) {
			int level = heading.tagName().charAt(1) - '0';
			assertThat(level).as("%s after h%d", heading.outerHtml(), previous).isLessThanOrEqualTo(previous + 1);
			previous = level;
		}
	}

	static String html(Scores scores, List<io.gapreport.survey.InputProblem> problems, String name) throws Exception {
		PdfReport report = PdfReport.packaged();
		var out = new ByteArrayOutputStream();
		report.renderHtml(report.model(scores, problems, LocalDate.of(2026, 11, 25)), out);
		Files.write(folder.resolve(name + ".html"), out.toByteArray());
		return out.toString(StandardCharsets.UTF_8);
	}

}
