package io.gapreport.scoring;

import io.gapreport.survey.Question;
import io.gapreport.survey.Standard;
import org.jspecify.annotations.Nullable;

/**
 * Collects every answer about one questionnaire item and turns them into an
 * {@link ItemScore}.
 */
final class ItemAccumulator {

	private final Question question;

	private final @Nullable Standard standard;

	final Moments customerE = new Moments();

	final Moments customerP = new Moments();

	final Gap5Accumulator gap5 = new Gap5Accumulator();

	final Moments managerE = new Moments();

	final Moments managerP = new Moments();

	final Moments delivered = new Moments();

	ItemAccumulator(Question question, @Nullable Standard standard) {
		this.question = question;
		this.standard = standard;
	}

	void customer(double expected, double perceived) {
		this.customerE.addIfAnswered(expected);
		this.customerP.addIfAnswered(perceived);
		if (!Double.isNaN(expected) && !Double.isNaN(perceived)) {
			this.gap5.add(perceived - expected);
		}
	}

	void manager(double expected, double perceived) {
		this.managerE.addIfAnswered(expected);
		this.managerP.addIfAnswered(perceived);
	}

	ItemScore score(@Nullable Double importance, @Nullable Interval importanceCi) {
		Double standardLevel = (this.standard != null) ? this.standard.standard() : null;
		Double promised = (this.standard != null) ? this.standard.promised() : null;
		Double managerExpects = this.managerE.mean();
		Double deliveredLevel = this.delivered.mean();
		var gaps = new GapSet(difference(managerExpects, this.customerE.mean()),
				difference(standardLevel, managerExpects), difference(deliveredLevel, standardLevel),
				difference(deliveredLevel, promised), difference(this.customerP.mean(), this.managerP.mean()));
		return new ItemScore(this.question, this.customerE.mean(), this.customerP.mean(), this.gap5.score(), gaps,
				managerExpects, this.managerP.mean(), importance, importanceCi);
	}

	/** {@code a - b}, or null when either is not measured. */
	static @Nullable Double difference(@Nullable Double a, @Nullable Double b) {
		return (a != null && b != null) ? a - b : null;
	}

}
