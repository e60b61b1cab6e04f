package io.gapreport.report;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import io.gapreport.chart.BarChartSpec;
import io.gapreport.chart.LineChartSpec;
import io.gapreport.chart.ScatterChartSpec;
import io.gapreport.chart.Series;
import io.gapreport.chart.Tone;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A chart's text alternative names its measure once and prints its numbers with the
 * chart's own decimals, in every language.
 */
class ChartAlternativesTests {

	@ParameterizedTest
	@ValueSource(strings = { "en", "pl", "cs", "ru" })
	void theThemesShareNamesItsMeasureOnceInWholePercentAsTheChartShowsIt(String language) throws Exception {
		Properties words = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("templates", "i18n", "voice_" + language + ".properties"),
				StandardCharsets.UTF_8)) {
			words.load(reader);
		}
		String axis = words.getProperty("themes.chart.axis");
		String series = words.getProperty("themes.chart.series");
		BarChartSpec themes = new BarChartSpec("", "", axis, List.of("Staff", "Delivery"),
				List.of(new Series(series, List.of(29.0, 7.0))), 0, 100, Locale.forLanguageTag(language), 0);
		assertThat(ChartAlternatives.lines(themes)).containsExactly(axis + ": Staff 29; Delivery 7");
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "pl", "cs", "ru" })
	void meansKeepTwoDecimalsAndTheirSeriesNameWithTheMeasureAndAMissingValueIsADash(String language) {
		Locale locale = Locale.forLanguageTag(language);
		BarChartSpec means = new BarChartSpec("", "", "Mean score", List.of("Accuracy", "Advice"),
				List.of(new Series("Expected", List.of(5.44, Double.NaN))), 1, 7, locale);
		String comma = (language.equals("en")) ? "." : ",";
		assertThat(ChartAlternatives.lines(means))
			.containsExactly("Expected (Mean score): Accuracy 5" + comma + "44; Advice –");
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "pl", "cs", "ru" })
	void npsTrendReadsInWholePointsAsItsChart(String language) {
		LineChartSpec nps = new LineChartSpec("", "Wave", "NPS", List.of("2026-Q2", "2026-Q3"),
				List.of(new Series("NPS", List.of(-9.0, 4.0))), 0, Locale.forLanguageTag(language));
		assertThat(ChartAlternatives.lines(nps)).containsExactly("NPS: 2026-Q2 −9; 2026-Q3 4");
	}

	/**
	 * The importance chart's axis reads 1.0, 1.5, 2.0 … where its text gave the weights
	 * as 1.00, 2.00 and 3.00.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "en", "pl", "cs", "ru" })
	void theImportanceChartsWeightsReadWithTheDecimalsOfItsAxis(String language) {
		Locale locale = Locale.forLanguageTag(language);
		Map<Tone, String> tones = Map.of(Tone.NO_DIFFERENCE, "No significant difference");
		ScatterChartSpec weights = new ScatterChartSpec("", "Gap", "Importance (weight)",
				List.of(new ScatterChartSpec.Point("ACC1", -0.22, 1, Tone.NO_DIFFERENCE),
						new ScatterChartSpec.Point("ACC2", -0.001, 3, Tone.NO_DIFFERENCE),
						new ScatterChartSpec.Point("ACC3", 0.1, 2, Tone.NO_DIFFERENCE)),
				0, 1, 2.0, 0, List.of(), tones, locale);
		assertThat(weights.yDecimals()).isEqualTo(1);
		String comma = (language.equals("en")) ? "." : ",";
		assertThat(ChartAlternatives.lines(weights)).containsExactly(
				"ACC1: Gap −0" + comma + "22, Importance (weight) 1" + comma + "0 (No significant difference)",
				"ACC2: Gap 0" + comma + "00, Importance (weight) 3" + comma + "0 (No significant difference)",
				"ACC3: Gap 0" + comma + "10, Importance (weight) 2" + comma + "0 (No significant difference)");
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "pl" })
	void aWeightOrCorrelationTheAxisDecimalsWouldRoundKeepsTwoDecimals(String language) {
		Map<Tone, String> tones = Map.of(Tone.SHORTFALL, "Shortfall");
		ScatterChartSpec correlations = new ScatterChartSpec("", "Gap", "Importance (correlation)",
				List.of(new ScatterChartSpec.Point("ACC1", -0.5, 0.6612, Tone.SHORTFALL),
						new ScatterChartSpec.Point("ACC2", -0.4, 0.2, Tone.SHORTFALL)),
				0, 1, 0.43, 0, List.of(), tones, Locale.forLanguageTag(language));
		String comma = (language.equals("en")) ? "." : ",";
		assertThat(ChartAlternatives.lines(correlations)).contains(
				"ACC1: Gap −0" + comma + "50, Importance (correlation) 0" + comma + "66 (Shortfall)",
				"ACC2: Gap −0" + comma + "40, Importance (correlation) 0" + comma + "20 (Shortfall)");
	}

}
