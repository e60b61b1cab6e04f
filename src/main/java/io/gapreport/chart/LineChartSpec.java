package io.gapreport.chart;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A trend over survey waves: one line per series, with a zero line when the values cross
 * zero. Values are printed signed with {@code decimals} decimals, so NPS reads in whole
 * points ({@code −9}) exactly as the report's tables print it.
 *
 * @param title the title, blank for none
 * @param waveAxisLabel the label under the waves
 * @param valueAxisLabel the label of the value axis
 * @param waves the wave names in time order
 * @param series one or more series with one value per wave
 * @param decimals the decimals of value labels and ticks (0 for NPS points)
 * @param locale the number format locale
 */
public record LineChartSpec(String title, String waveAxisLabel, String valueAxisLabel, List<String> waves,
		List<Series> series, int decimals, Locale locale) implements ChartSpec {

	public LineChartSpec {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(locale, "locale");
		waves = List.copyOf(waves);
		series = List.copyOf(series);
		Series.requireLength(series, waves.size(), "waves");
		if (decimals < 0) {
			throw new IllegalArgumentException("decimals must not be negative: " + decimals);
		}
	}

}
