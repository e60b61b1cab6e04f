package io.gapreport.chart;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A trend over survey waves: one line per series, with a zero line when the values cross
 * zero, and around each value, where {@code margins} give one, its 95% margin as a
 * vertical whisker. Values are printed signed with {@code decimals} decimals, so NPS
 * reads in whole points ({@code −9}) exactly as the report's tables print it. The value
 * axis takes in every whisker and spans at least {@code leastSpan}, so that a change
 * within chance never fills the chart.
 *
 * @param title the title, blank for none
 * @param waveAxisLabel the label under the waves
 * @param valueAxisLabel the label of the value axis
 * @param waves the wave names in time order
 * @param series one or more series with one value per wave
 * @param margins none, or per series the 95% margin (half-width) of each value; NaN for
 * none
 * @param decimals the decimals of value labels and ticks (0 for NPS points)
 * @param leastSpan the least span of the value axis
 * @param locale the number format locale
 */
public record LineChartSpec(String title, String waveAxisLabel, String valueAxisLabel, List<String> waves,
		List<Series> series, List<Series> margins, int decimals, double leastSpan, Locale locale) implements ChartSpec {

	public LineChartSpec {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(locale, "locale");
		waves = List.copyOf(waves);
		series = List.copyOf(series);
		margins = List.copyOf(margins);
		Series.requireLength(series, waves.size(), "waves");
		Series.requireLength(margins, waves.size(), "waves");
		if (!margins.isEmpty() && margins.size() != series.size()) {
			throw new IllegalArgumentException("margins must be given for every series or none");
		}
		if (decimals < 0) {
			throw new IllegalArgumentException("decimals must not be negative: " + decimals);
		}
	}

	/** A trend without margins and without a least span. */
	public LineChartSpec(String title, String waveAxisLabel, String valueAxisLabel, List<String> waves,
			List<Series> series, int decimals, Locale locale) {
		this(title, waveAxisLabel, valueAxisLabel, waves, series, List.of(), decimals, 0, locale);
	}

	/**
	 * The margin of series {@code s} at wave {@code i}; NaN for none.
	 * @param s the series
	 * @param i the wave
	 * @return the half-width of the value's 95% interval
	 */
	double margin(int s, int i) {
		return this.margins.isEmpty() ? Double.NaN : this.margins.get(s).values().get(i);
	}

}
