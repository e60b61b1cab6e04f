package io.gapreport.scoring;

import org.jspecify.annotations.Nullable;

/**
 * Cronbach's alpha of a level's perception items over the customers who answered all of
 * them: {@code k/(k-1) * (1 - sum of item variances / variance of the sum)}, with sample
 * variances, accumulated one customer at a time.
 */
final class CronbachAlpha {

	private final int[] items;

	private final Moments[] itemMoments;

	private final Moments sumMoments = new Moments();

	/**
	 * @param items indexes of the level's items in the questionnaire
	 */
	CronbachAlpha(int[] items) {
		this.items = items.clone();
		this.itemMoments = new Moments[items.length];
		for (int i = 0; i < items.length; i++) {
			this.itemMoments[i] = new Moments();
		}
	}

	void add(double[] perceived) {
		double sum = 0;
		for (int item : this.items) {
			if (Double.isNaN(perceived[item])) {
				return;
			}
			sum += perceived[item];
		}
		for (int i = 0; i < this.items.length; i++) {
			this.itemMoments[i].add(perceived[this.items[i]]);
		}
		this.sumMoments.add(sum);
	}

	@Nullable Double alpha() {
		int k = this.items.length;
		double sumVariance = this.sumMoments.variance();
		if (k < 2 || this.sumMoments.count() < 3 || sumVariance == 0) {
			return null;
		}
		double itemVariances = 0;
		for (Moments moments : this.itemMoments) {
			itemVariances += moments.variance();
		}
		return (double) k / (k - 1) * (1 - itemVariances / sumVariance);
	}

}
