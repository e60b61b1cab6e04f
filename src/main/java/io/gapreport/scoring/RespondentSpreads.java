package io.gapreport.scoring;

import java.util.function.Function;

import io.gapreport.survey.Level;
import io.gapreport.survey.Questionnaire;
import io.gapreport.survey.Standard;

/**
 * The spread of respondents' own means, from which the intervals of gaps 1 to 4 and the
 * perception gap are taken: customers' and managers' expectations and perceptions, each
 * manager's standard-minus-expectation, each audit visit's delivery minus the standard
 * and minus the promise.
 */
final class RespondentSpreads {

	private final double[] standard;

	private final double[] promised;

	private final RespondentMeans customersE;

	private final RespondentMeans customersP;

	private final RespondentMeans managersE;

	private final RespondentMeans managersP;

	private final RespondentMeans standardMinusManagerE;

	private final RespondentMeans deliveredMinusStandard;

	private final RespondentMeans deliveredMinusPromised;

	RespondentSpreads(Questionnaire questionnaire, int[] levelOf) {
		int items = questionnaire.questions().size();
		this.standard = new double[items];
		this.promised = new double[items];
		for (int i = 0; i < items; i++) {
			Standard row = questionnaire.standardOf(i).orElse(null);
			this.standard[i] = (row != null && row.standard() != null) ? row.standard() : Double.NaN;
			this.promised[i] = (row != null && row.promised() != null) ? row.promised() : Double.NaN;
		}
		this.customersE = new RespondentMeans(levelOf);
		this.customersP = new RespondentMeans(levelOf);
		this.managersE = new RespondentMeans(levelOf);
		this.managersP = new RespondentMeans(levelOf);
		this.standardMinusManagerE = new RespondentMeans(levelOf);
		this.deliveredMinusStandard = new RespondentMeans(levelOf);
		this.deliveredMinusPromised = new RespondentMeans(levelOf);
	}

	void customer(double[] expected, double[] perceived) {
		this.customersE.add(expected);
		this.customersP.add(perceived);
	}

	void manager(double[] expected, double[] perceived) {
		this.managersE.add(expected);
		this.managersP.add(perceived);
		this.standardMinusManagerE.add(differences(this.standard, expected));
	}

	void audit(double[] delivered) {
		this.deliveredMinusStandard.add(differences(delivered, this.standard));
		this.deliveredMinusPromised.add(differences(delivered, this.promised));
	}

	/** The intervals of a level, centred on its gap values. */
	GapIntervals level(Level level, GapSet values) {
		return intervals(values, (means) -> means.level(level));
	}

	/** The intervals over all items, centred on the overall gap values. */
	GapIntervals overall(GapSet values) {
		return intervals(values, RespondentMeans::overall);
	}

	private GapIntervals intervals(GapSet values, Function<RespondentMeans, Moments> of) {
		return new GapIntervals(
				Interval.around(values.gap1(), HalfWidth.welch(of.apply(this.managersE), of.apply(this.customersE))),
				Interval.around(values.gap2(), HalfWidth.student(of.apply(this.standardMinusManagerE))),
				Interval.around(values.gap3(), HalfWidth.student(of.apply(this.deliveredMinusStandard))),
				Interval.around(values.gap4(), HalfWidth.student(of.apply(this.deliveredMinusPromised))), Interval
					.around(values.perception(), HalfWidth.welch(of.apply(this.customersP), of.apply(this.managersP))));
	}

	/** {@code a[i] - b[i]}, NaN where either is NaN (not answered, or no reference). */
	private static double[] differences(double[] a, double[] b) {
		double[] result = new double[a.length];
		for (int i = 0; i < a.length; i++) {
			result[i] = a[i] - b[i];
		}
		return result;
	}

}
