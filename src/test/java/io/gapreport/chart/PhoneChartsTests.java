package io.gapreport.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextFragment;
import org.jfree.chart.text.TextLine;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.gapreport.chart.GapBarsSpec.Bar;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The charts as the HTML twin draws them for a phone, 192 points wide: names broken only
 * between words, an indicative gap's word on a line of its own, the
 * importance–performance plot across the phone's width with its lists under it, grid
 * lines only at the scale's numbers and room over the NPS chart's tallest bar.
 */
class PhoneChartsTests {

	/** The width, in points, the HTML twin draws a phone's chart at. */
	private static final double PHONE = 336.0 * 8 / 14;

	private static final Pattern TEXT = Pattern.compile("<text[^>]*>([^<]*)</text>");

	/** A grid line: drawn in the charts' light grey. */
	private static final Pattern GRID_LINE = Pattern.compile("<line[^>]*stroke:rgb\\(221,221,221\\)");

	@Test
	void gapAndLevelNamesBreakOnlyBetweenWordsOnAPhone() {
		List<Bar> bars = List.of(new Bar("Gap 4: communication", -1.35, Tone.INDICATIVE),
				new Bar("Разрыв 1: осведомлённость", -0.43, Tone.SHORTFALL),
				new Bar("Luka 3: wykonanie usługi", 0.03, Tone.NO_DIFFERENCE));
		assertWordsWhole(new GapBarsSpec("", "Gap", bars, ChartsTests.LABELS, ChartsTests.POLISH),
				bars.stream().map(Bar::name).toList());
		List<String> levels = List.of("Точность", "Доступность", "Партнёрство", "Консультирование");
		assertWordsWhole(
				new BarChartSpec("", "", "Средняя оценка", levels,
						List.of(new Series("Ожидание", List.of(5.4, 5.6, 5.8, 5.6)),
								new Series("Восприятие", List.of(5.2, 5.5, 5.8, 5.5))),
						1, 7, ChartsTests.POLISH),
				levels);
	}

	/**
	 * The themes' chart has one series: its names stood under upright bars, a quarter of
	 * a phone's plot each, and broke inside words ("Reachi ng us", "Dostup nost") or were
	 * cut ("Bills a...").
	 */
	@Test
	void oneSeriesWhoseNamesDoNotFitUnderItsBarsLiesOnItsSideWithItsNamesWhole() {
		List<String> themes = List.of("Dostupnost", "Personál", "Vyúčtování a platby", "Reaching us");
		BarChartSpec spec = new BarChartSpec("", "", "Podíl komentářů (%)", themes,
				List.of(new Series("Podíl komentářů", List.of(27.0, 21.0, 12.0, 10.0))), 0, 100, ChartsTests.POLISH, 0);
		assertThat(PhoneCharts.create(spec).getCategoryPlot().getOrientation()).isEqualTo(PlotOrientation.HORIZONTAL);
		assertWordsWhole(spec, themes);
		// short names stay under upright bars
		BarChartSpec digits = new BarChartSpec("", "", "n", List.of("0", "1", "2"),
				List.of(new Series("n", List.of(1.0, 2.0, 3.0))), 0, 10, ChartsTests.POLISH, 0);
		assertThat(PhoneCharts.create(digits).getCategoryPlot().getOrientation()).isEqualTo(PlotOrientation.VERTICAL);
		// eight themes, names on several lines beside their bars: rows tall enough for
		// them
		List<String> eight = List.of("Vyúčtování a platby", "Čekání na odpověď", "Personál na pobočce",
				"Dostupnost linky", "Doručení zásilky", "Kvalita zboží", "Reklamace a vrácení", "Webové stránky");
		BarChartSpec many = new BarChartSpec("", "", "Podíl komentářů (%)", eight,
				List.of(new Series("Podíl komentářů", List.of(20.0, 18.0, 15.0, 12.0, 10.0, 8.0, 6.0, 4.0))), 0, 100,
				ChartsTests.POLISH, 0);
		assertRowsHoldTheirNames(many, eight, 55, 1);
	}

	@Test
	void anIndicativeGapsWordIsALineOfItsOwnUnderItsName() {
		GapBarsSpec spec = new GapBarsSpec("", "Luka", List.of(new Bar("Luka 4: komunikacja", -1.35, Tone.INDICATIVE),
				new Bar("Luka 1: wiedza", -0.2, Tone.SHORTFALL)), ChartsTests.LABELS, ChartsTests.POLISH);
		PhoneGapAxis axis = (PhoneGapAxis) PhoneCharts.create(spec).getCategoryPlot().getDomainAxis();
		Graphics2D g2 = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
		TextBlock indicative = axis.createLabel("Luka 4: komunikacja", 70, RectangleEdge.LEFT, g2);
		TextBlock shortfall = axis.createLabel("Luka 1: wiedza", 70, RectangleEdge.LEFT, g2);
		@SuppressWarnings("unchecked")
		List<TextLine> lines = indicative.getLines();
		assertThat(lines).hasSizeGreaterThan(1);
		assertThat(text(lines.get(lines.size() - 1))).isEqualTo("orientacyjne");
		assertThat(lines.subList(0, lines.size() - 1)).noneMatch((line) -> text(line).contains("orientacyjne"));
		assertThat(shortfall.getLastLine()).satisfies((line) -> assertThat(text(line)).doesNotContain("orientacyjne"));
		g2.dispose();
	}

	@Test
	void theImportanceListsGoUnderThePlotOnAPhoneSoThePlotKeepsMostOfItsWidth() {
		ScatterChartSpec spec = QuadrantScatterTests.SPEC;
		JFreeChart chart = PhoneCharts.create(spec);
		assertThat(chart.getSubtitles()).filteredOn(VerdictList.class::isInstance)
			.singleElement()
			.satisfies((list) -> assertThat(list.getPosition()).isEqualTo(RectangleEdge.BOTTOM));
		double height = PhoneCharts.height(spec, 200);
		assertThat(height).isGreaterThan(200);
		ChartRenderingInfo info = new ChartRenderingInfo();
		SvgChartPainter.svg(chart, "ipa", PHONE, height);
		BufferedImage image = new BufferedImage((int) PHONE, (int) height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g2 = image.createGraphics();
		chart.draw(g2, new java.awt.geom.Rectangle2D.Double(0, 0, PHONE, height), info);
		g2.dispose();
		assertThat(info.getPlotInfo().getDataArea().getWidth()).isGreaterThan(PHONE * 0.6);
		// the PDF's drawing keeps its lists beside the plot
		assertThat(Charts.create(spec).getSubtitles()).filteredOn(VerdictList.class::isInstance)
			.singleElement()
			.satisfies((list) -> assertThat(list.getPosition()).isEqualTo(RectangleEdge.RIGHT));
	}

	@Test
	void aLyingBarAtTheTopOfTheScaleKeepsRoomForItsValueAndNoNumberPastTheScaleShows() {
		BarChartSpec spec = new BarChartSpec("", "", "Średnia ocena", List.of("Dokładność", "Doradztwo"),
				List.of(new Series("Zdaniem menedżerów", List.of(7.0, 6.75)),
						new Series("Zdaniem klientów", List.of(5.87, 5.81))),
				1, 7, ChartsTests.POLISH);
		JFreeChart chart = PhoneCharts.create(spec);
		var axis = (org.jfree.chart.axis.NumberAxis) chart.getCategoryPlot().getRangeAxis();
		// "7,00" is some 18 points wide on a plot of some 120 points across the scale
		assertThat(axis.getUpperBound()).isGreaterThanOrEqualTo(7 + 6 * 0.2);
		assertThat(ticks(chart, spec)).isNotEmpty().allSatisfy((tick) -> assertThat(tick).isBetween(1.0, 7.0));
	}

	/**
	 * The phone's lying mean bars drew a grid line without a number just past the scale's
	 * top, in the room kept for the values: every grid line stands at a number of the
	 * scale now, in both drawings.
	 */
	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void meanBarsDrawGridLinesOnlyAtTheScalesNumbers(boolean phone) {
		BarChartSpec spec = new BarChartSpec("", "", "Średnia ocena",
				List.of("Dokładność", "Dostępność", "Partnerstwo", "Doradztwo"),
				List.of(new Series("Oczekiwane", List.of(5.71, 5.35, 5.58, 5.52)),
						new Series("Postrzegane", List.of(5.56, 4.42, 5.62, 5.57))),
				1, 7, ChartsTests.POLISH);
		JFreeChart chart = phone ? PhoneCharts.create(spec) : Charts.create(spec);
		double width = phone ? PHONE : 500;
		String svg = SvgChartPainter.svg(chart, "levels", width, phone ? PhoneCharts.height(spec, 150) : 150);
		long gridLines = GRID_LINE.matcher(svg).results().count();
		List<String> numbers = TEXT.matcher(svg)
			.results()
			.map((text) -> text.group(1).strip())
			.filter((text) -> text.matches("\\d+"))
			.toList();
		assertThat(numbers).isNotEmpty().allSatisfy((number) -> assertThat(Integer.parseInt(number)).isBetween(1, 7));
		assertThat(gridLines).as("grid lines, one per number of the scale %s", numbers).isEqualTo(numbers.size());
	}

	/**
	 * The NPS chart's tallest value touched the top of a phone's drawing, whose plot is
	 * short under a legend on two lines: it keeps room for its value's height now.
	 */
	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void theNpsChartKeepsRoomAboveItsTallestBarForItsValue(boolean phone) {
		NpsDistributionSpec spec = new NpsDistributionSpec("", "Prawdopodobieństwo polecenia", "Klienci",
				List.of(1, 0, 2, 8, 18, 42, 64, 64, 64, 44, 70),
				new NpsDistributionSpec.Groups("Krytycy (0–6)", "Neutralni (7–8)", "Promotorzy (9–10)"),
				ChartsTests.POLISH);
		JFreeChart chart = phone ? PhoneCharts.create(spec) : Charts.create(spec);
		double height = 50 * 72 / 25.4;
		Rectangle2D plot = draw(chart, phone ? PHONE : 500, phone ? PhoneCharts.height(spec, height) : height);
		double top = chart.getCategoryPlot().getRangeAxis().valueToJava2D(70, plot, RectangleEdge.LEFT);
		assertThat(top - plot.getY()).as("points above the tallest bar")
			.isGreaterThanOrEqualTo(ChartStyle.lineHeight(ChartStyle.TICK) + 2);
	}

	/**
	 * Beside the Russian channels' bars, "электронная почта" took two lines in a row of
	 * one and ran into "телефон" under it: each row is as tall as its name's lines.
	 */
	@Test
	void aChannelsNameOnTwoLinesHasARowTallEnoughForThem() {
		BenchmarkChartSpec spec = new BenchmarkChartSpec("", "Решено с первого обращения",
				List.of(new BenchmarkChartSpec.Channel("электронная почта", 0.48, 0.68, 0.46),
						new BenchmarkChartSpec.Channel("телефон", 0.72, 0.82, 0.56),
						new BenchmarkChartSpec.Channel("чат", 0.35, 0.45, 0.28),
						new BenchmarkChartSpec.Channel("сайт", 0.44, null, null),
						new BenchmarkChartSpec.Channel("лично", 0.92, null, null)),
				new BenchmarkChartSpec.Labels("Наш показатель", "Лучшие", "Остальные"), ChartsTests.POLISH);
		assertRowsHoldTheirNames(spec, spec.channels().stream().map(BenchmarkChartSpec.Channel::name).toList(), 55, 1);
	}

	/**
	 * The Units chart's names ("Oddział Łódź Bałuty" on three lines) ran into each other,
	 * and into the values above the dots, on a phone: each row is as tall as its name's
	 * lines, and has room for its value above its dot.
	 */
	@Test
	void aUnitsNameOnSeveralLinesHasARowTallEnoughForThemAndItsValue() {
		List<String> units = List.of("Cała organizacja", "Oddział Łódź Bałuty", "Oddział Warszawa Mokotów",
				"Oddział Łódź Centrum", "Oddział Kraków Rynek");
		RangeChartSpec spec = new RangeChartSpec("", "", "Luka 5 ogółem według jednostek, z 95% przedziałem",
				units.stream().map((unit) -> new RangeChartSpec.Interval(unit, -0.3, -0.5, -0.1)).toList(),
				ChartsTests.TONES, ChartsTests.POLISH);
		// a value above each dot: room for two lines at least
		assertRowsHoldTheirNames(spec, units, 45, 2);
	}

	/**
	 * "Rozwiązane przy pierwszym kontakcie" stood centred under a plot that starts after
	 * the channels' names, and ran off the phone's drawing: a label too wide for that
	 * goes under the plot as a title, which wraps.
	 */
	@Test
	void anAxisLabelTooWideForAPhoneGoesUnderThePlotWhereItWraps() {
		BenchmarkChartSpec spec = new BenchmarkChartSpec("", "Rozwiązane przy pierwszym kontakcie",
				List.of(new BenchmarkChartSpec.Channel("e-mail", 0.58, 0.68, 0.46),
						new BenchmarkChartSpec.Channel("telefon", 0.74, 0.82, 0.56),
						new BenchmarkChartSpec.Channel("strona WWW", 0.54, null, null),
						new BenchmarkChartSpec.Channel("osobiście", 0.80, null, null)),
				new BenchmarkChartSpec.Labels("Nasz wskaźnik", "Najlepsi", "Pozostali"), ChartsTests.POLISH);
		String svg = SvgChartPainter.svg(PhoneCharts.create(spec), "phone", PHONE, PhoneCharts.height(spec, 150));
		List<String> texts = TEXT.matcher(svg).results().map((text) -> text.group(1).strip()).toList();
		assertThat(String.join(" ", texts)).contains("Rozwiązane przy pierwszym kontakcie");
		Matcher drawn = Pattern.compile("<text x=['\"]([-0-9.]+)['\"][^>]*>([^<]*)</text>").matcher(svg);
		while (drawn.find()) {
			double x = Double.parseDouble(drawn.group(1));
			double width = ChartStyle.width(ChartStyle.LABEL, drawn.group(2));
			assertThat(x + width).as("the right end of '%s'", drawn.group(2)).isLessThanOrEqualTo(PHONE + 1);
		}
		// in the PDF it stays the axis' label
		assertThat(Charts.create(spec).getCategoryPlot().getRangeAxis().getLabel())
			.isEqualTo("Rozwiązane przy pierwszym kontakcie");
	}

	/**
	 * The values of the value axis' ticks where {@code spec}'s phone drawing has them.
	 */
	private static List<Double> ticks(JFreeChart chart, BarChartSpec spec) {
		double height = PhoneCharts.height(spec, 150);
		Rectangle2D plot = draw(chart, PHONE, height);
		Graphics2D g2 = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
		var axis = chart.getCategoryPlot().getRangeAxis();
		List<Double> values = new ArrayList<>();
		for (Object tick : axis.refreshTicks(g2, new AxisState(), plot, RectangleEdge.TOP)) {
			values.add(((ValueTick) tick).getValue());
		}
		g2.dispose();
		return values;
	}

	/**
	 * On a phone, the longest of {@code names} (beside lying rows, in a chart {@code mm}
	 * millimetres tall in the PDF) takes more than one line, and each row (the data
	 * area's height over the rows) holds its lines, and at least {@code leastLines}.
	 */
	private static void assertRowsHoldTheirNames(ChartSpec spec, List<String> names, double mm, int leastLines) {
		JFreeChart chart = PhoneCharts.create(spec);
		Rectangle2D plot = draw(chart, PHONE, PhoneCharts.height(spec, mm * 72 / 25.4));
		double column = LyingNames.nameShare(chart.getCategoryPlot()) * plot.getWidth();
		int most = names.stream().mapToInt((name) -> LyingNames.lines(name, column)).max().orElseThrow();
		assertThat(most).as("the lines of the longest name").isGreaterThan(1);
		assertThat(plot.getHeight() / names.size()).as("points a row")
			.isGreaterThanOrEqualTo(Math.max(most, leastLines) * ChartStyle.lineHeight(ChartStyle.TICK) + 2);
	}

	/** Draws {@code chart} and gives its plot's data area. */
	private static Rectangle2D draw(JFreeChart chart, double width, double height) {
		ChartRenderingInfo info = new ChartRenderingInfo();
		BufferedImage image = new BufferedImage((int) width, (int) height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g2 = image.createGraphics();
		chart.draw(g2, new Rectangle2D.Double(0, 0, width, height), info);
		g2.dispose();
		return info.getPlotInfo().getDataArea();
	}

	/** Every word of every name shows whole in one text of the phone's drawing. */
	private static void assertWordsWhole(ChartSpec spec, List<String> names) {
		String svg = SvgChartPainter.svg(PhoneCharts.create(spec), "phone", PHONE, PhoneCharts.height(spec, 150));
		List<String> words = new ArrayList<>();
		TEXT.matcher(svg).results().forEach((text) -> words.addAll(List.of(text.group(1).strip().split("\\s+"))));
		for (String name : names) {
			assertThat(words).as("the words drawn for %s", name).contains(name.split("\\s+"));
		}
	}

	private static String text(TextLine line) {
		TextFragment first = line.getFirstTextFragment();
		TextFragment last = line.getLastTextFragment();
		return (first.getText() + ((last != first) ? last.getText() : "")).strip();
	}

}
