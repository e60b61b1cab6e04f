package io.gapreport.chart;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An importance–performance matrix: labelled points split into four quadrants by a
 * vertical line at {@code xSplit} and a horizontal line at {@code ySplit}. Points in the
 * top-left quadrant (important, performing below the split) are drawn as shortfalls.
 *
 * @param title the title, blank for none
 * @param xAxisLabel the horizontal axis label (performance)
 * @param yAxisLabel the vertical axis label (importance)
 * @param points the labelled points
 * @param xSplit where the vertical quadrant line crosses the x axis
 * @param ySplit where the horizontal quadrant line crosses the y axis
 * @param quadrants the quadrant captions
 * @param locale the number format locale
 */
public record ScatterChartSpec(String title, String xAxisLabel, String yAxisLabel, List<Point> points, double xSplit,
		double ySplit, Quadrants quadrants, Locale locale) implements ChartSpec {

	public ScatterChartSpec {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(quadrants, "quadrants");
		Objects.requireNonNull(locale, "locale");
		points = List.copyOf(points);
	}

	/**
	 * One labelled point.
	 *
	 * @param label a short label drawn beside the point
	 * @param x the horizontal value
	 * @param y the vertical value
	 */
	public record Point(String label, double x, double y) {

		public Point {
			Objects.requireNonNull(label, "label");
		}

	}

	/**
	 * Captions written in the corners of the four quadrants.
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

	}

}
