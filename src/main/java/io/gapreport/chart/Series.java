package io.gapreport.chart;

import java.util.List;
import java.util.Objects;

/**
 * A named row of values, one per category (or wave). {@link Double#NaN} marks a missing
 * value, which is left out of the chart.
 *
 * @param name the legend text
 * @param values the values in category order
 */
public record Series(String name, List<Double> values) {

	public Series {
		Objects.requireNonNull(name, "name");
		values = List.copyOf(values);
	}

	/** Whether any value is present, so that the series is drawn at all. */
	boolean hasValue() {
		return this.values.stream().anyMatch((value) -> !value.isNaN());
	}

	static void requireLength(List<Series> series, int length, String what) {
		for (Series s : series) {
			if (s.values().size() != length) {
				throw new IllegalArgumentException(
						"Series '%s' has %d values for %d %s".formatted(s.name(), s.values().size(), length, what));
			}
		}
	}

}
