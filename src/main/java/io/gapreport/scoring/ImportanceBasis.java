package io.gapreport.scoring;

import java.util.List;

import io.gapreport.survey.Question;
import org.jspecify.annotations.Nullable;

/**
 * Where an item's importance comes from, for the importance-performance matrix: the
 * items' own weights when every item has one, else derived from the answers.
 */
public enum ImportanceBasis {

	/** The Items sheet's weights. */
	WEIGHT,
	/** The correlation of the item's perception with likelihood to recommend. */
	NPS,
	/** The correlation of the item's perception with the customer's mean perception. */
	PERCEPTION;

	/**
	 * Weights are the importance when every question has one and they differ: equal
	 * weights (a template's 1 on every row) say nothing about what matters more, so the
	 * answers tell it instead.
	 */
	static ImportanceBasis of(List<Question> questions, @Nullable NpsScore nps) {
		if (!questions.isEmpty() && questions.stream().allMatch((question) -> question.weight() != null)
				&& questions.stream().map(Question::weight).distinct().count() > 1) {
			return WEIGHT;
		}
		return (nps != null) ? NPS : PERCEPTION;
	}

}
