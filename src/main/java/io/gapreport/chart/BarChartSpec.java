package io.gapreport.chart;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Grouped vertical bars of signed values per category (for example gap 1 to 5 per
 * expectation level), with a zero line. Negative values are shortfalls.
 *
 * @param title the title, blank for none
 * @param categoryAxisLabel the label under the categories
 * @param valueAxisLabel the label of the value axis
 * @param categories the category names in display order
 * @param series one or more series with one value per category
 * @param colouring how bars are coloured
 * @param signLabels legend texts for {@link Colouring#BY_SIGN}; {@code null} hides the
 * legend
 * @param locale the number format locale
 */
public record BarChartSpec(String title, String categoryAxisLabel, String valueAxisLabel, List<String> categories,
		List<Series> series, Colouring colouring, @Nullable SignLabels signLabels, Locale locale) implements ChartSpec {

	public BarChartSpec {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(colouring, "colouring");
		Objects.requireNonNull(locale, "locale");
		categories = List.copyOf(categories);
		series = List.copyOf(series);
		if (series.isEmpty()) {
			throw new IllegalArgumentException("A bar chart needs at least one series");
		}
		Series.requireLength(series, categories.size(), "categories");
	}

	/**
	 * How bars are coloured.
	 */
	public enum Colouring {

		/**
		 * Every bar in the shortfall colour when negative, the met colour otherwise.
		 * Meant for a single series.
		 */
		BY_SIGN,

		/**
		 * One cool colour per series; negative bars additionally get a shortfall-coloured
		 * outline, so shortfall keeps its one colour meaning.
		 */
		BY_SERIES

	}

	/**
	 * Legend texts for bars coloured by sign.
	 *
	 * @param shortfall the text for negative bars
	 * @param met the text for zero or positive bars
	 */
	public record SignLabels(String shortfall, String met) {

		public SignLabels {
			Objects.requireNonNull(shortfall, "shortfall");
			Objects.requireNonNull(met, "met");
		}

	}

}
