package io.gapreport.chart;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Places point labels so that none overlaps another label, a point or an obstacle (such
 * as a caption): each label tries positions around its point, nearest first, then the
 * same positions further out; a label with no free position is left out, for the caller
 * to list elsewhere. All coordinates are in one space (Java2D points).
 */
final class LabelPlacer {

	/** Directions tried around a point: right, left, above, below, then the diagonals. */
	private static final double[][] DIRECTIONS = { { 1, 0 }, { -1, 0 }, { 0, -1 }, { 0, 1 }, { 1, -1 }, { 1, 1 },
			{ -1, -1 }, { -1, 1 } };

	/** How far out a label may be nudged, in multiples of the nearest distance. */
	private static final double[] DISTANCES = { 1, 2.2, 3.4 };

	private LabelPlacer() {
	}

	/**
	 * Finds a place for each label.
	 * @param points the points' centres
	 * @param radius the points' radius
	 * @param sizes each label's width and height, in the order of {@code points}
	 * @param bounds the area labels must stay inside
	 * @param obstacles other areas labels must not cover
	 * @return per point, the label's box, or null when it found no free place
	 */
	static List<@Nullable Rectangle2D> place(List<Point2D> points, double radius, List<Point2D> sizes,
			Rectangle2D bounds, List<Rectangle2D> obstacles) {
		List<Rectangle2D> taken = new ArrayList<>(obstacles);
		for (Point2D point : points) {
			taken.add(new Rectangle2D.Double(point.getX() - radius, point.getY() - radius, 2 * radius, 2 * radius));
		}
		Rectangle2D[] placed = new Rectangle2D[points.size()];
		for (int i = 0; i < points.size(); i++) {
			Rectangle2D box = firstFree(points.get(i), radius, sizes.get(i), bounds, taken);
			if (box != null) {
				taken.add(box);
				placed[i] = box;
			}
		}
		return Arrays.asList(placed);
	}

	private static @Nullable Rectangle2D firstFree(Point2D point, double radius, Point2D size, Rectangle2D bounds,
			List<Rectangle2D> taken) {
		double gap = radius + 1.5;
		for (double distance : DISTANCES) {
			for (double[] direction : DIRECTIONS) {
				Rectangle2D box = around(point, gap * distance, size, direction);
				if (bounds.contains(box) && taken.stream().noneMatch(box::intersects)) {
					return box;
				}
			}
		}
		return null;
	}

	/** A label box beside the point in one direction, its near edge {@code gap} away. */
	private static Rectangle2D around(Point2D point, double gap, Point2D size, double[] direction) {
		double width = size.getX();
		double height = size.getY();
		double x = switch ((int) direction[0]) {
			case 1 -> point.getX() + gap;
			case -1 -> point.getX() - gap - width;
			default -> point.getX() - width / 2;
		};
		double y = switch ((int) direction[1]) {
			case 1 -> point.getY() + gap * 0.6;
			case -1 -> point.getY() - gap * 0.6 - height;
			default -> point.getY() - height / 2;
		};
		return new Rectangle2D.Double(x, y, width, height);
	}

}
