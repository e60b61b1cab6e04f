package io.gapreport.scoring;

import io.gapreport.survey.Question;
import org.jspecify.annotations.Nullable;

/**
 * The scores of one questionnaire item.
 *
 * @param question the item
 * @param meanE mean customer expectation; null when unanswered
 * @param meanP mean customer perception; null when unanswered
 * @param gap5 the customer gap over customers who answered both
 * @param gaps gaps 1 to 4 and the perception gap
 * @param managerMeanE what managers believe customers expect, on average; null without
 * answers
 * @param managerMeanP how managers believe the firm performs, on average; null without
 * answers
 * @param importance the item's importance (its weight, or derived from the answers; see
 * {@link Scores#importanceBasis()}), or null when it cannot be derived
 * @param importanceCi the 95% interval of a correlation {@code importance} (Fisher's z),
 * or null for a weight or with fewer than 4 customers
 */
public record ItemScore(Question question, @Nullable Double meanE, @Nullable Double meanP, Gap5Score gap5, GapSet gaps,
		@Nullable Double managerMeanE, @Nullable Double managerMeanP, @Nullable Double importance,
		@Nullable Interval importanceCi) {

}
