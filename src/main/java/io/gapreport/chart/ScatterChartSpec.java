package io.gapreport.chart;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An importance–performance matrix: labelled points split into four quadrants by a
 * vertical line at {@code xSplit} and a horizontal line at {@code ySplit}, with each
 * quadrant's labels listed beside the plot under the quadrant's name. A point is coloured
 * by its tone, so red marks a proven shortfall wherever it lands.
 *
 * @param title the title, blank for none
 * @param xAxisLabel the horizontal axis label (performance)
 * @param yAxisLabel the vertical axis label (importance, naming where it comes from)
 * @param points the labelled points
 * @param xSplit where the vertical quadrant line crosses the x axis
 * @param ySplit where the horizontal quadrant line crosses the y axis
 * @param quadrants the quadrant names
 * @param tones the legend text of each tone a point may have
 * @param locale the number format locale
 */
public record ScatterChartSpec(String title, String xAxisLabel, String yAxisLabel, List<Point> points, double xSplit,
		double ySplit, Quadrants quadrants, Map<Tone, String> tones, Locale locale) implements ChartSpec {

	public ScatterChartSpec {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(quadrants, "quadrants");
		Objects.requireNonNull(locale, "locale");
		points = List.copyOf(points);
		tones = Map.copyOf(new EnumMap<>(tones));
		for (Point point : points) {
			if (!tones.containsKey(point.tone())) {
				throw new IllegalArgumentException(
						"No legend text for the tone of '%s': %s".formatted(point.label(), point.tone()));
			}
		}
	}

	/**
	 * The quadrant a point lies in: on or above the horizontal line is important, left of
	 * the vertical line performs below the mean.
	 * @param point the point
	 * @return its quadrant
	 */
	public Quadrant quadrantOf(Point point) {
		boolean important = point.y() >= this.ySplit;
		boolean below = point.x() < this.xSplit;
		if (important) {
			return below ? Quadrant.TOP_LEFT : Quadrant.TOP_RIGHT;
		}
		return below ? Quadrant.BOTTOM_LEFT : Quadrant.BOTTOM_RIGHT;
	}

	/**
	 * The labels of the points in a quadrant, in the order of {@link #points()}.
	 * @param quadrant the quadrant
	 * @return its points
	 */
	public List<Point> pointsIn(Quadrant quadrant) {
		return this.points.stream().filter((point) -> quadrantOf(point) == quadrant).toList();
	}

	/** The four quadrants, in the order they are listed beside the plot. */
	public enum Quadrant {

		/** High y, low x: important and performing below the mean. */
		TOP_LEFT,
		/** High y, high x. */
		TOP_RIGHT,
		/** Low y, low x. */
		BOTTOM_LEFT,
		/** Low y, high x. */
		BOTTOM_RIGHT

	}

	/**
	 * One labelled point.
	 *
	 * @param label a short label drawn beside the point and in its quadrant's list
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
	 * The names of the four quadrants, written in the plot's corners and as the headings
	 * of the lists beside it.
	 *
	 * @param topLeft high y, low x (for importance–performance: concentrate here)
	 * @param topRight high y, high x
	 * @param bottomLeft low y, low x
	 * @param bottomRight low y, high x
	 */
	public record Quadrants(String topLeft, String topRight, String bottomLeft, String bottomRight) {

		public Quadrants {
			Objects.requireNonNull(topLeft, "topLeft");
			Objects.requireNonNull(topRight, "topRight");
			Objects.requireNonNull(bottomLeft, "bottomLeft");
			Objects.requireNonNull(bottomRight, "bottomRight");
		}

		/**
		 * The name of a quadrant.
		 * @param quadrant the quadrant
		 * @return its name
		 */
		public String of(Quadrant quadrant) {
			return switch (quadrant) {
				case TOP_LEFT -> this.topLeft;
				case TOP_RIGHT -> this.topRight;
				case BOTTOM_LEFT -> this.bottomLeft;
				case BOTTOM_RIGHT -> this.bottomRight;
			};
		}

	}

}
