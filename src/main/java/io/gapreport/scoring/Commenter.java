package io.gapreport.scoring;

import io.gapreport.survey.CommentMask;
import io.gapreport.survey.CustomerResponse;
import io.gapreport.survey.Level;
import org.jspecify.annotations.Nullable;

/**
 * What the voice of the customer keeps of one kept customer with a non-blank comment: the
 * comment only as masked, never as written.
 *
 * @param row the customer's sheet row, for ties
 * @param nps likelihood to recommend, or null
 * @param levels per level (in {@link Level} order) the mean of P − E over the level's
 * items answered both of; NaN when none
 * @param overall the mean of P − E over all items answered both of; NaN when none
 * @param text the comment as it may be printed ({@link CommentMask#mask})
 * @param mentions per theme, whether the comment as written mentions it
 */
public record Commenter(int row, @Nullable Integer nps, double[] levels, double overall, String text,
		boolean[] mentions) {

	/**
	 * The commenter of {@code response}; null when its comment is blank.
	 * @param response a kept customer
	 * @param levelOf per item, the ordinal of its level
	 * @param themes the themes to look for
	 * @return the commenter, or null
	 */
	static @Nullable Commenter of(CustomerResponse response, int[] levelOf, ThemeMatcher themes) {
		String comment = response.comment();
		if (!CommentMask.present(comment)) {
			return null;
		}
		double[] sums = new double[Level.values().length];
		int[] counts = new int[sums.length];
		double total = 0;
		int answered = 0;
		for (int i = 0; i < levelOf.length; i++) {
			double difference = response.perceived()[i] - response.expected()[i];
			if (!Double.isNaN(difference)) {
				sums[levelOf[i]] += difference;
				counts[levelOf[i]]++;
				total += difference;
				answered++;
			}
		}
		double[] levels = new double[sums.length];
		for (int l = 0; l < levels.length; l++) {
			levels[l] = (counts[l] > 0) ? sums[l] / counts[l] : Double.NaN;
		}
		return new Commenter(response.row(), response.nps(), levels, (answered > 0) ? total / answered : Double.NaN,
				CommentMask.mask(comment), themes.mentions(comment));
	}

	/**
	 * This customer's value for {@code level}, NaN when they answered none of its items.
	 */
	double level(Level level) {
		return this.levels[level.ordinal()];
	}

	/** Whether the masked text may be quoted. */
	boolean quotable() {
		return CommentMask.quotable(this.text);
	}

}
