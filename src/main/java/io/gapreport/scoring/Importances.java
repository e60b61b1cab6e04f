package io.gapreport.scoring;

import java.util.List;

/**
 * Whether the questions' importances tell them apart, so that an importance–performance
 * matrix may say which matter more. Weights do: the workbook sets them, and equal weights
 * are never the basis. Correlations with likelihood to recommend or with the mean rating
 * are estimates: they tell questions apart only when at least two of their 95% intervals
 * (Fisher's z) do not overlap. When every interval overlaps every other, the spread of
 * the importances is within chance and no question can be called more important than
 * another. A correlation without an interval (fewer than 4 customers) is left out of the
 * comparison.
 */
public final class Importances {

	private Importances() {
	}

	/**
	 * Whether the importances of {@code items} (those with one) tell them apart.
	 * @param items the questions' scores
	 * @param basis where the importances come from
	 * @return true for weights, or when two correlations' intervals do not overlap
	 */
	public static boolean tellApart(List<ItemScore> items, ImportanceBasis basis) {
		if (basis == ImportanceBasis.WEIGHT) {
			return true;
		}
		double highestLow = Double.NEGATIVE_INFINITY;
		double lowestHigh = Double.POSITIVE_INFINITY;
		for (ItemScore item : items) {
			Interval interval = item.importanceCi();
			if (item.importance() != null && interval != null) {
				highestLow = Math.max(highestLow, interval.low());
				lowestHigh = Math.min(lowestHigh, interval.high());
			}
		}
		// on a line, intervals overlap pairwise exactly when the highest low end does not
		// pass the lowest high end
		return highestLow > lowestHigh;
	}

}
