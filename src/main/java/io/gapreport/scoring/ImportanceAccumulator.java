package io.gapreport.scoring;

import java.util.List;

import io.gapreport.survey.CustomerResponse;
import io.gapreport.survey.Question;
import org.jspecify.annotations.Nullable;

/**
 * Each question's derived importance, gathered customer by customer: its perception
 * correlated with the likelihood to recommend, and with the customer's mean perception
 * (the fallback when too few customers answer the recommendation question). Weights, when
 * the workbook sets them, need no gathering.
 */
final class ImportanceAccumulator {

	private final List<Question> questions;

	/** Per item: its perception against likelihood to recommend. */
	private final Correlation[] withNps;

	/** Per item: its perception against the customer's mean perception. */
	private final Correlation[] withMeanPerception;

	ImportanceAccumulator(List<Question> questions) {
		this.questions = List.copyOf(questions);
		this.withNps = new Correlation[questions.size()];
		this.withMeanPerception = new Correlation[questions.size()];
		for (int i = 0; i < questions.size(); i++) {
			this.withNps[i] = new Correlation();
			this.withMeanPerception[i] = new Correlation();
		}
	}

	void customer(CustomerResponse response) {
		double[] perceived = response.perceived();
		double sum = 0;
		int answered = 0;
		for (double value : perceived) {
			if (!Double.isNaN(value)) {
				sum += value;
				answered++;
			}
		}
		double meanPerception = (answered > 0) ? sum / answered : Double.NaN;
		double nps = (response.nps() != null) ? response.nps() : Double.NaN;
		for (int i = 0; i < perceived.length; i++) {
			this.withNps[i].addIfBoth(perceived[i], nps);
			this.withMeanPerception[i].addIfBoth(perceived[i], meanPerception);
		}
	}

	/** Question {@code item}'s importance on {@code basis}, or null when it has none. */
	@Nullable Double importance(int item, ImportanceBasis basis) {
		return switch (basis) {
			case WEIGHT -> this.questions.get(item).weight();
			case NPS -> this.withNps[item].value();
			case PERCEPTION -> this.withMeanPerception[item].value();
		};
	}

	/** The 95% interval of question {@code item}'s importance; none for weights. */
	@Nullable Interval interval(int item, ImportanceBasis basis) {
		return switch (basis) {
			case WEIGHT -> null;
			case NPS -> this.withNps[item].interval();
			case PERCEPTION -> this.withMeanPerception[item].interval();
		};
	}

}
