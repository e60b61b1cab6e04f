package io.gapreport.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ChartsTests {

	static final Locale POLISH = Locale.forLanguageTag("pl-PL");

	static final Map<Tone, String> TONES = Map.of(Tone.SHORTFALL, "Niedobór", Tone.INDICATIVE, "orientacyjne",
			Tone.NO_DIFFERENCE, "Brak istotnej różnicy", Tone.EXCEEDED, "Przekroczone");

	static final GapBarsSpec.Labels LABELS = new GapBarsSpec.Labels("nie zmierzono", TONES);

	static Stream<ChartSpec> everyKind() {
		List<String> levels = List.of("Dokładność", "Dostępność");
		return Stream.of(
				new BarChartSpec("", "Poziom", "Średnia", levels,
						List.of(new Series("Oczekiwane", List.of(5.4, 5.1)),
								new Series("Postrzegane", List.of(4.9, 5.3))),
						1, 7, POLISH),
				new GapBarsSpec("", "Luka",
						List.of(new GapBarsSpec.Bar("Luka 1: wiedza", -0.42, Tone.INDICATIVE),
								GapBarsSpec.Bar.notMeasured("Luka 2: standardy")),
						LABELS, POLISH),
				new RangeChartSpec("", "", "Luka", List.of(new RangeChartSpec.Interval("Dokładność", -0.4, -0.6, -0.2)),
						TONES, POLISH),
				new ScatterChartSpec("IPA", "Luka", "Ważność",
						List.of(new ScatterChartSpec.Point("P1", -0.3, 4, Tone.SHORTFALL)), 0, 1, 3.5, 0,
						List.of(new ScatterChartSpec.Verdict("a", List.of("P1"))), TONES, POLISH),
				new NpsDistributionSpec("", "Ocena", "Liczba", List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11),
						new NpsDistributionSpec.Groups("Krytycy", "Bierni", "Promotorzy"), POLISH),
				new BenchmarkChartSpec("", "FCR",
						List.of(new BenchmarkChartSpec.Channel("Telefon", 0.6, 0.82, 0.56),
								new BenchmarkChartSpec.Channel("Sklep", 0.7, null, null)),
						new BenchmarkChartSpec.Labels("My", "Najlepsi", "Reszta"), POLISH),
				new LineChartSpec("", "Fala", "Luka", List.of("1", "2"),
						List.of(new Series("Średnia", List.of(-0.5, Double.NaN))), 2, POLISH));
	}

	/**
	 * A value near zero, a unit's "+0,01" in the Units chart or a gap's bar of −0,01, had
	 * its label across or against the zero line.
	 */
	@ParameterizedTest
	@ValueSource(doubles = { 0.01, -0.01, 0.0 })
	void aValueNearZeroHasItsLabelClearOfTheZeroLine(double value) {
		JFreeChart units = Charts.create(new RangeChartSpec("", "", "Luka",
				List.of(new RangeChartSpec.Interval("Jednostka", value, value - 0.3, value + 0.3)), TONES, POLISH));
		JFreeChart gaps = Charts.create(new GapBarsSpec("", "Luka",
				List.of(new GapBarsSpec.Bar("Luka 5", value, Tone.NO_DIFFERENCE)), LABELS, POLISH));
		for (JFreeChart chart : List.of(units, gaps)) {
			CategoryPlot plot = (CategoryPlot) chart.getPlot();
			CategoryItemRenderer labelled = plot.getRenderer(plot.getRendererCount() - 1);
			ChartRenderingInfo info = new ChartRenderingInfo();
			BufferedImage with = draw(chart, info);
			labelled.setDefaultItemLabelsVisible(false);
			BufferedImage without = draw(chart, new ChartRenderingInfo());
			Rectangle2D area = info.getPlotInfo().getDataArea();
			double zero = plot.getRangeAxis().valueToJava2D(0, area, plot.getRangeAxisEdge());
			int left = Integer.MAX_VALUE;
			int right = Integer.MIN_VALUE;
			for (int y = 0; y < with.getHeight(); y++) {
				for (int x = 0; x < with.getWidth(); x++) {
					if (with.getRGB(x, y) != without.getRGB(x, y)) {
						left = Math.min(left, x);
						right = Math.max(right, x);
					}
				}
			}
			assertThat(right).as("the label is drawn").isGreaterThanOrEqualTo(left);
			if (value < 0) {
				assertThat(right).as("right edge of %s's label", value).isLessThan((int) zero - 2);
			}
			else {
				assertThat(left).as("left edge of %s's label", value).isGreaterThan((int) zero + 2);
			}
		}
	}

	private static BufferedImage draw(JFreeChart chart, ChartRenderingInfo info) {
		BufferedImage image = new BufferedImage(500, 200, BufferedImage.TYPE_INT_RGB);
		Graphics2D g2 = image.createGraphics();
		chart.draw(g2, new Rectangle2D.Double(0, 0, 500, 200), info);
		g2.dispose();
		return image;
	}

	@ParameterizedTest
	@MethodSource("everyKind")
	void everyKindBuildsAFlatWhiteChartInLiberationSans(ChartSpec spec) {
		JFreeChart chart = Charts.create(spec);
		assertThat(chart.getBackgroundPaint()).isEqualTo(Color.WHITE);
		assertThat(chart.getPlot().getBackgroundPaint()).isEqualTo(Color.WHITE);
		if (chart.getTitle() != null) {
			assertThat(chart.getTitle().getFont().getFamily()).isEqualTo(LiberationSans.FAMILY);
		}
	}

	@Test
	void npsNeedsElevenCounts() {
		assertThatIllegalArgumentException().isThrownBy(() -> new NpsDistributionSpec("", "", "", List.of(1, 2),
				new NpsDistributionSpec.Groups("d", "p", "p"), POLISH));
	}

	@Test
	void intervalMustContainItsEstimate() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RangeChartSpec.Interval("a", 1, 0, 0.5));
	}

	private static double lightness(Color colour) {
		return (0.2126 * colour.getRed() + 0.7152 * colour.getGreen() + 0.0722 * colour.getBlue()) / 255;
	}

}
