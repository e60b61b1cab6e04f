package io.gapreport.chart;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Point estimates with their 95% intervals, one row per category, around a zero line. An
 * interval wholly below zero is a clear shortfall, wholly above a clear success;
 * otherwise the difference from zero is not established.
 *
 * @param title the title, blank for none
 * @param categoryAxisLabel the label of the category axis
 * @param valueAxisLabel the label of the value axis
 * @param intervals the rows in display order
 * @param tones the legend text of each tone; the legend names only the tones drawn
 * @param locale the number format locale
 */
public record RangeChartSpec(String title, String categoryAxisLabel, String valueAxisLabel, List<Interval> intervals,
		Map<Tone, String> tones, Locale locale) implements ChartSpec {

	public RangeChartSpec {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(locale, "locale");
		intervals = List.copyOf(intervals);
		tones = Map.copyOf(new EnumMap<>(tones));
		for (Interval interval : intervals) {
			if (!tones.containsKey(interval.tone())) {
				throw new IllegalArgumentException(
						"No legend text for the tone of '%s': %s".formatted(interval.category(), interval.tone()));
			}
		}
	}

	/**
	 * One estimate and its interval.
	 *
	 * @param category the row label
	 * @param estimate the point estimate
	 * @param lower the lower bound
	 * @param upper the upper bound
	 */
	public record Interval(String category, double estimate, double lower, double upper) {

		public Interval {
			Objects.requireNonNull(category, "category");
			if (!(lower <= estimate && estimate <= upper)) {
				throw new IllegalArgumentException(
						"Interval '%s' must satisfy lower <= estimate <= upper: %s <= %s <= %s".formatted(category,
								lower, estimate, upper));
			}
		}

		/** Red wholly below zero, blue wholly above, grey when it reaches zero. */
		Tone tone() {
			return Tone.ofInterval(this.lower, this.upper);
		}

	}

}
