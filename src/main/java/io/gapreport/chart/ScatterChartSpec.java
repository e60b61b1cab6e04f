package io.gapreport.chart;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An importance–performance matrix: labelled points, a vertical line at {@code xSplit}
 * and, when the vertical values tell the points apart, a horizontal line at
 * {@code ySplit}; beside the plot, each verdict's name with the labels of its points. The
 * caller decides the verdicts (from the evidence, not from where a point happens to
 * land), and gives none when the vertical values do not tell the points apart. A point is
 * coloured by its tone, so red marks a proven shortfall wherever it lands.
 *
 * @param title the title, blank for none
 * @param xAxisLabel the horizontal axis label (the customer gap)
 * @param yAxisLabel the vertical axis label (importance, naming where it comes from)
 * @param points the labelled points
 * @param xSplit where the vertical line crosses the x axis (0 for a gap); always shown
 * @param xMinSpan the least span of the horizontal axis, so that small differences are
 * not magnified
 * @param ySplit where the horizontal line crosses the y axis, or null for none
 * @param yMinSpan the least span of the vertical axis (0 for values known exactly)
 * @param verdicts the verdicts listed beside the plot, in order; empty for none
 * @param tones the legend text of each tone a point may have
 * @param locale the number format locale
 */
public record ScatterChartSpec(String title, String xAxisLabel, String yAxisLabel, List<Point> points, double xSplit,
		double xMinSpan, @Nullable Double ySplit, double yMinSpan, List<Verdict> verdicts, Map<Tone, String> tones,
		Locale locale) implements ChartSpec {

	public ScatterChartSpec {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(locale, "locale");
		points = List.copyOf(points);
		verdicts = List.copyOf(verdicts);
		tones = Map.copyOf(new EnumMap<>(tones));
		Set<String> labels = new HashSet<>();
		for (Point point : points) {
			if (!tones.containsKey(point.tone())) {
				throw new IllegalArgumentException(
						"No legend text for the tone of '%s': %s".formatted(point.label(), point.tone()));
			}
			labels.add(point.label());
		}
		for (Verdict verdict : verdicts) {
			if (!labels.containsAll(verdict.labels())) {
				throw new IllegalArgumentException(
						"Verdict '%s' lists a label without a point".formatted(verdict.name()));
			}
		}
	}

	/**
	 * The tone of the point labelled {@code label}.
	 * @param label a point's label
	 * @return its tone
	 */
	Tone toneOf(String label) {
		return this.points.stream()
			.filter((point) -> point.label().equals(label))
			.map(Point::tone)
			.findFirst()
			.orElse(Tone.NO_DIFFERENCE);
	}

	/**
	 * The decimals of the numbers on the vertical axis, as the chart prints them.
	 * @return the decimals of its tick labels
	 */
	public int yDecimals() {
		return QuadrantScatter.ySpan(this).ticks().decimals();
	}

	/**
	 * One labelled point.
	 *
	 * @param label a short label drawn beside the point and in its verdict's list
	 * @param x the horizontal value
	 * @param y the vertical value
	 * @param tone what the point has shown (its colour)
	 */
	public record Point(String label, double x, double y, Tone tone) {

		public Point {
			Objects.requireNonNull(label, "label");
			Objects.requireNonNull(tone, "tone");
		}

	}

	/**
	 * A verdict, listed beside the plot with the labels of the points it covers.
	 *
	 * @param name the verdict, e.g. "Concentrate here"
	 * @param labels the labels of its points, in display order
	 */
	public record Verdict(String name, List<String> labels) {

		public Verdict {
			Objects.requireNonNull(name, "name");
			labels = List.copyOf(labels);
		}

	}

}
