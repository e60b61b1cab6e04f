package io.gapreport.chart;

import java.awt.Color;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ChartsTests {

	static final Locale POLISH = Locale.forLanguageTag("pl-PL");

	static Stream<ChartSpec> everyKind() {
		List<String> levels = List.of("Dokładność", "Dostępność");
		return Stream.of(
				new BarChartSpec("", "Poziom", "Luka", levels, List.of(new Series("Luka 5", List.of(-0.42, 0.3))),
						BarChartSpec.Colouring.BY_SIGN, new BarChartSpec.SignLabels("Niedobór", "Spełnione"), POLISH),
				new RangeChartSpec("", "", "Luka", List.of(new RangeChartSpec.Interval("Dokładność", -0.4, -0.6, -0.2)),
						POLISH),
				new ScatterChartSpec("IPA", "Realizacja", "Ważność", List.of(new ScatterChartSpec.Point("P1", 3, 4)),
						3.5, 3.5, new ScatterChartSpec.Quadrants("a", "b", "c", "d"), POLISH),
				new NpsDistributionSpec("", "Ocena", "Liczba", List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11),
						new NpsDistributionSpec.Groups("Krytycy", "Bierni", "Promotorzy"), POLISH),
				new BenchmarkChartSpec("", "FCR", List.of(new BenchmarkChartSpec.Channel("Telefon", 0.6, 0.82, 0.56)),
						new BenchmarkChartSpec.Labels("My", "My (poniżej)", "Najlepsi", "Reszta"), POLISH),
				new LineChartSpec("", "Fala", "Luka", List.of("1", "2"),
						List.of(new Series("Średnia", List.of(-0.5, Double.NaN))), POLISH));
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
	void shortfallAndMetDifferInGreyScale() {
		assertThat(lightness(ChartStyle.MET) - lightness(ChartStyle.SHORTFALL)).isGreaterThan(0.3);
		assertThat(Math.abs(lightness(ChartStyle.NEUTRAL) - lightness(ChartStyle.SHORTFALL))).isGreaterThan(0.3);
	}

	@Test
	void npsScoresAreColouredByGroup() {
		assertThat(NpsBars.groupColour(0)).isEqualTo(ChartStyle.SHORTFALL);
		assertThat(NpsBars.groupColour(6)).isEqualTo(ChartStyle.SHORTFALL);
		assertThat(NpsBars.groupColour(7)).isEqualTo(ChartStyle.NEUTRAL);
		assertThat(NpsBars.groupColour(8)).isEqualTo(ChartStyle.NEUTRAL);
		assertThat(NpsBars.groupColour(9)).isEqualTo(ChartStyle.MET);
		assertThat(NpsBars.groupColour(10)).isEqualTo(ChartStyle.MET);
	}

	@Test
	void seriesMustHaveOneValuePerCategory() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new BarChartSpec("", "", "", List.of("a", "b"), List.of(new Series("s", List.of(1.0))),
					BarChartSpec.Colouring.BY_SERIES, null, POLISH))
			.withMessageContaining("'s' has 1 values for 2 categories");
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
