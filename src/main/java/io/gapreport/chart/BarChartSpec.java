package io.gapreport.chart;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Grouped vertical bars of means on the answer scale per category (for example expected
 * and perceived per expectation level), one neutral colour per series. The value axis
 * runs over the answer scale, from its minimum, never from an arbitrary zero.
 *
 * @param title the title, blank for none
 * @param categoryAxisLabel the label under the categories
 * @param valueAxisLabel the label of the value axis
 * @param categories the category names in display order
 * @param series one or more series with one value per category
 * @param scaleMin the lowest answer on the scale, where the value axis starts
 * @param scaleMax the highest answer on the scale
 * @param locale the number format locale
 * @param labelDecimals the decimals of the value printed on each bar
 */
public record BarChartSpec(String title, String categoryAxisLabel, String valueAxisLabel, List<String> categories,
		List<Series> series, double scaleMin, double scaleMax, Locale locale, int labelDecimals) implements ChartSpec {

	public BarChartSpec {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(locale, "locale");
		categories = List.copyOf(categories);
		series = List.copyOf(series);
		if (series.isEmpty()) {
			throw new IllegalArgumentException("A bar chart needs at least one series");
		}
		if (!(scaleMin < scaleMax)) {
			throw new IllegalArgumentException("The scale must run upwards: %s..%s".formatted(scaleMin, scaleMax));
		}
		Series.requireLength(series, categories.size(), "categories");
		if (labelDecimals < 0) {
			throw new IllegalArgumentException("A bar's label needs zero or more decimals: " + labelDecimals);
		}
	}

	/** Bars whose labels show two decimals (means on a scale). */
	public BarChartSpec(String title, String categoryAxisLabel, String valueAxisLabel, List<String> categories,
			List<Series> series, double scaleMin, double scaleMax, Locale locale) {
		this(title, categoryAxisLabel, valueAxisLabel, categories, series, scaleMin, scaleMax, locale, 2);
	}

	/**
	 * The series with at least one value: the only ones drawn and named in the legend.
	 */
	List<Series> drawnSeries() {
		return this.series.stream().filter(Series::hasValue).toList();
	}

}
