package io.gapreport.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.gapreport.survey.AuditVisit;
import io.gapreport.survey.CustomerResponse;
import io.gapreport.survey.Level;
import io.gapreport.survey.ManagerResponse;
import io.gapreport.survey.Standard;
import org.junit.jupiter.api.Test;

import static io.gapreport.scoring.TinySurveys.customer;
import static io.gapreport.scoring.TinySurveys.e;
import static io.gapreport.scoring.TinySurveys.p;
import static io.gapreport.scoring.TinySurveys.question;
import static io.gapreport.scoring.TinySurveys.questionnaire;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/**
 * The evidence rule of scoring version 3 worked out by hand: the order of the actions and
 * their goals, the intervals of gaps 2 to 4 centred on their values, and the Wilson
 * interval of first-contact resolution.
 */
class FindingsTests {

	private static final double NA = Double.NaN;

	/** t(0.975, 2), the 95% quantile for three respondents. */
	private static final double T2 = 4.302652729749464;

	@Test
	void theLargerFoundationShortfallComesFirstWhateverItsPlaceInThePyramid() {
		var survey = questionnaire(List.of(question("A1", Level.ACCURACY, null),
				question("V1", Level.AVAILABILITY, null), question("P1", Level.PARTNERSHIP, null)), Map.of(), 3);
		// every expectation 5; gaps per customer: accuracy -1, -1, -1, -2 (mean -1.25, s
		// 0.5, t(0.975, 3) * 0.25 = 0.80: high -0.45); availability -2, -2, -3, -2 (mean
		// -2.25, high -1.45); partnership -1, -2, -1, -1 (mean -1.25, high -0.45)
		var accumulator = new ScoreAccumulator(survey);
		accumulator.customer(customer("c1", e(5, 5, 5), p(4, 3, 4)));
		accumulator.customer(customer("c2", e(5, 5, 5), p(4, 3, 3)));
		accumulator.customer(customer("c3", e(5, 5, 5), p(4, 2, 4)));
		accumulator.customer(customer("c4", e(5, 5, 5), p(3, 3, 4)));
		Scores scores = accumulator.scores(List.of());
		assertThat(scores.nextSteps().actions())
			.extracting(Action::kind, Action::target, Action::evidence, Action::indicative, Action::goal)
			.containsExactly(tuple("level", "availability", List.of("V1"), false, -1.125),
					tuple("level", "accuracy", List.of("A1"), false, -0.625),
					tuple("level", "partnership", List.of("P1"), false, -0.625));
		assertThat(scores.priorityLevel()).isEqualTo(Level.AVAILABILITY);
	}

	@Test
	void aProvenFoundationQuestionIsAnActionEvenWhenItsLevelHolds() {
		var survey = questionnaire(List.of(question("A1", Level.ACCURACY, null), question("A2", Level.ACCURACY, null),
				question("P1", Level.PARTNERSHIP, null)), Map.of(), 3);
		// A1: -1, -1, -1, -2 (proven, as above); A2: +2, +1, +2, +2; accuracy per
		// customer
		// 0.5, 0, 0.5, 0: mean 0.25, interval (-0.21, 0.71), no difference; partnership
		// -1, -2, -1, -1 (proven)
		var accumulator = new ScoreAccumulator(survey);
		accumulator.customer(customer("c1", e(5, 3, 5), p(4, 5, 4)));
		accumulator.customer(customer("c2", e(5, 3, 5), p(4, 4, 3)));
		accumulator.customer(customer("c3", e(5, 3, 5), p(4, 5, 4)));
		accumulator.customer(customer("c4", e(5, 3, 5), p(3, 5, 4)));
		Scores scores = accumulator.scores(List.of());
		assertThat(scores.level(Level.ACCURACY).status()).isEqualTo(LevelStatus.NO_DIFFERENCE);
		assertThat(scores.nextSteps().actions())
			.extracting(Action::kind, Action::target, Action::evidence, Action::indicative, Action::goal)
			.containsExactly(tuple("item", "A1", List.of("A1"), false, -0.625),
					tuple("level", "partnership", List.of("P1"), false, -0.625));
		// the priority level is the first level action's: the question is not a level
		assertThat(scores.priorityLevel()).isEqualTo(Level.PARTNERSHIP);
	}

	@Test
	void gapsTwoToFourHaveStudentIntervalsOverRespondentsCentredOnTheirValues() {
		var survey = questionnaire(List.of(question("A1", Level.ACCURACY, null), question("A2", Level.ACCURACY, null)),
				Map.of("A1", new Standard("A1", 4.0, 5.0), "A2", new Standard("A2", 3.0, null)), 3);
		var accumulator = new ScoreAccumulator(survey);
		accumulator.manager(new ManagerResponse(2, "m1", null, e(5, 3), p(NA, NA)));
		accumulator.manager(new ManagerResponse(3, "m2", null, e(5, 4), p(NA, NA)));
		accumulator.manager(new ManagerResponse(4, "m3", null, e(5, 4), p(NA, NA)));
		accumulator.audit(new AuditVisit(2, "v1", null, new double[] { 3, 3 }));
		accumulator.audit(new AuditVisit(3, "v2", null, new double[] { 4, NA }));
		accumulator.audit(new AuditVisit(4, "v3", null, new double[] { 2, 4 }));
		Scores scores = accumulator.scores(List.of());
		GapIntervals accuracy = scores.level(Level.ACCURACY).intervals();
		// gap2 per manager, standard - E: m1 (-1, 0) -0.5; m2 and m3 (-1, -1) -1: s^2 =
		// 1/12, se 1/6; value mean(A1 4 - 5, A2 3 - 11/3) = -5/6
		assertThat(scores.gaps().gap2()).isCloseTo(-5.0 / 6, within(1e-12));
		assertInterval(accuracy.gap2(), -5.0 / 6, T2 / 6);
		assertThat(scores.gapStatus(Gap.GAP2)).isEqualTo(LevelStatus.SHORTFALL);
		// gap3 per visit, D - standard: v1 (-1, 0) -0.5; v2 (0) 0; v3 (-2, 1) -0.5: s^2
		// 1/12, se 1/6; value mean(A1 3 - 4, A2 3.5 - 3) = -0.25, not the visits' -1/3
		assertInterval(accuracy.gap3(), -0.25, T2 / 6);
		assertThat(scores.level(Level.ACCURACY).gapStatus(Gap.GAP3)).isEqualTo(LevelStatus.NO_DIFFERENCE);
		// gap4 per visit, D - promised (A1 only): -2, -1, -3: s 1, se 1/sqrt(3)
		assertInterval(accuracy.gap4(), -2, T2 / Math.sqrt(3));
		assertThat(scores.intervals()).isEqualTo(accuracy);
		// no customers: gap 1 and perception are not measured
		assertThat(scores.gapStatus(Gap.GAP1)).isEqualTo(LevelStatus.NOT_MEASURED);
		// three managers are enough: gap 2 is an action with a goal, half the gap
		assertThat(scores.nextSteps().actions()).singleElement().satisfies((action) -> {
			assertThat(action.target()).isEqualTo("gap2");
			assertThat(action.indicative()).isFalse();
			assertThat(action.goal()).isCloseTo(-5.0 / 12, within(1e-12));
		});
	}

	@Test
	void firstContactResolutionHasAWilsonIntervalAndIsProvenOnlyWithinItsRange() {
		var accumulator = new ScoreAccumulator(questionnaire(List.of(question("A1", Level.ACCURACY, null)), Map.of()));
		List<CustomerResponse> customers = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			customers.add(withFcr(i, "email", i < 2));
		}
		for (int i = 0; i < 13; i++) {
			customers.add(withFcr(100 + i, "chat", i < 1));
		}
		for (int i = 0; i < 4; i++) {
			customers.add(withFcr(200 + i, "phone", i < 3));
		}
		customers.forEach(accumulator::customer);
		Scores scores = accumulator.scores(List.of());
		// Wilson, z = 1.96: email 2 of 40, c = (0.05 + 0.04802) / 1.09604 = 0.08943,
		// h = 1.96 / 1.09604 * sqrt(0.0011875 + 0.00060025) = 0.07561
		FcrScore email = scores.fcr().get(0);
		assertThat(email.ciLow()).isCloseTo(0.013820377146101098, within(1e-12));
		assertThat(email.ciHigh()).isCloseTo(0.165041708179252, within(1e-12));
		assertThat(email.proven()).isTrue();
		// chat 1 of 13: (0.0137, 0.3331) reaches above the rest's 0.28: a lead to check
		FcrScore chat = scores.fcr().get(1);
		assertThat(chat.ciHigh()).isCloseTo(0.3331453392824736, within(1e-12));
		assertThat(chat.proven()).isFalse();
		// at the same rate, 1 of 13, the interval first lies below 0.28 at 19 customers
		// (upper end 0.2785; at 18, 0.2856)
		assertThat(chat.customersToProve()).isEqualTo(19);
		assertThat(email.customersToProve()).isNull();
		// phone 3 of 4 (between 0.56 and 0.82): (0.3006, 0.9544) is not within them
		FcrScore phone = scores.fcr().get(2);
		assertThat(phone.ciLow()).isCloseTo(0.3006360524426366, within(1e-12));
		assertThat(phone.ciHigh()).isCloseTo(0.9544139373553637, within(1e-12));
		assertThat(phone.proven()).isFalse();
		// the lower rate first; the goal is the rest's rate, only for the proven one
		assertThat(scores.nextSteps().actions())
			.extracting(Action::kind, Action::target, Action::indicative, Action::goal)
			.containsExactly(tuple("fcr", "email", false, 0.46), tuple("fcr", "chat", true, null));
	}

	private static void assertInterval(Interval interval, double value, double halfWidth) {
		assertThat(interval.low()).isCloseTo(value - halfWidth, within(1e-9));
		assertThat(interval.high()).isCloseTo(value + halfWidth, within(1e-9));
	}

	private static CustomerResponse withFcr(int row, String channel, boolean resolved) {
		return new CustomerResponse(row + 2, "c" + row, null, channel, resolved, null, null, e(5), p(5));
	}

}
