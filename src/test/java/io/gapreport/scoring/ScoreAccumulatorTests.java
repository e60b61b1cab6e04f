package io.gapreport.scoring;

import java.util.List;
import java.util.Map;

import io.gapreport.scoring.FcrScore.Position;
import io.gapreport.survey.AuditVisit;
import io.gapreport.survey.Benchmark;
import io.gapreport.survey.CustomerResponse;
import io.gapreport.survey.Engagement;
import io.gapreport.survey.InputProblem;
import io.gapreport.survey.Level;
import io.gapreport.survey.ManagerResponse;
import io.gapreport.survey.Question;
import io.gapreport.survey.Questionnaire;
import io.gapreport.survey.Scale;
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
 * Scores worked out by hand on tiny surveys. Two accuracy items (A1, A2) and one advice
 * item (D1) on a 1-5 scale unless a test says otherwise.
 */
class ScoreAccumulatorTests {

	private static final double NA = Double.NaN;

	private static final double EPS = 1e-12;

	private final Questionnaire survey = questionnaire(List.of(question("A1", Level.ACCURACY, 2.0),
			question("A2", Level.ACCURACY, 1.0), question("D1", Level.ADVICE, 1.0)), Map.of());

	@Test
	void itemGap5IsMeanOfPerceptionMinusExpectationOverCustomersWhoAnsweredBoth() {
		var scores = score(this.survey, customer("c1", e(5, 4, NA), p(3, 4, NA)),
				customer("c2", e(4, NA, NA), p(4, 2, NA)), customer("c3", e(NA, 5, NA), p(5, 5, NA)));
		ItemScore a1 = scores.items().get(0);
		// A1: both answered by c1 (3-5=-2) and c2 (4-4=0); c3 has no E
		assertThat(a1.gap5().n()).isEqualTo(2);
		assertThat(a1.gap5().mean()).isEqualTo(-1.0);
		assertThat(a1.gap5().shareMet()).isEqualTo(0.5);
		// s = sqrt(2), se = 1, t(0.975, 1) = 12.706204736174698
		assertThat(a1.gap5().ciLow()).isCloseTo(-1 - 12.706204736174698, within(1e-9));
		assertThat(a1.gap5().ciHigh()).isCloseTo(-1 + 12.706204736174698, within(1e-9));
		// means use every valid answer, not only the paired ones
		assertThat(a1.meanE()).isEqualTo(4.5);
		assertThat(a1.meanP()).isEqualTo(4.0);
		// A2: c1 (0) and c3 (0)
		assertThat(scores.items().get(1).gap5().mean()).isEqualTo(0.0);
	}

	@Test
	void levelGap5AveragesEachCustomersOwnLevelMean() {
		var scores = score(this.survey, customer("c1", e(5, 4, NA), p(3, 4, NA)),
				customer("c2", e(4, NA, NA), p(4, 2, NA)));
		// c1: mean(-2, 0) = -1; c2: only A1 answered both: 0 -> level mean -0.5
		LevelScore accuracy = scores.level(Level.ACCURACY);
		assertThat(accuracy.gap5().n()).isEqualTo(2);
		assertThat(accuracy.gap5().mean()).isEqualTo(-0.5);
		assertThat(accuracy.gap5().shareMet()).isEqualTo(0.5);
		assertThat(accuracy.items()).isEqualTo(2);
		// mean of item means: A1 E (5+4)/2 = 4.5, A2 E 4 -> 4.25
		assertThat(accuracy.meanE()).isEqualTo(4.25);
	}

	@Test
	void levelWithoutAnswersIsNotMeasuredAndNeverZero() {
		var scores = score(this.survey, customer("c1", e(5, 4, NA), p(3, 4, NA)));
		LevelScore advice = scores.level(Level.ADVICE);
		assertThat(advice.status()).isEqualTo(LevelStatus.NOT_MEASURED);
		assertThat(advice.gap5()).isEqualTo(Gap5Score.NOT_MEASURED);
		assertThat(advice.meanE()).isNull();
		LevelScore availability = scores.level(Level.AVAILABILITY);
		assertThat(availability.items()).isZero();
		assertThat(availability.gaps().gap1()).isNull();
		// no Management, Standards or Audits: gaps 1 to 4 and perception are not measured
		assertThat(scores.gaps()).isEqualTo(new GapSet(null, null, null, null, null));
	}

	@Test
	void shortfallOnlyWhenTheWholeIntervalIsBelowZeroAndPriorityIsTheFirstSuchLevel() {
		var scores = score(this.survey, customer("c1", e(5, 5, 5), p(3, 3, 1)), customer("c2", e(5, 5, 5), p(2, 3, 1)),
				customer("c3", e(5, 5, 4), p(3, 2, 1)));
		// accuracy per customer: -2, -2.5, -2.5 -> whole interval below zero
		assertThat(scores.level(Level.ACCURACY).status()).isEqualTo(LevelStatus.SHORTFALL);
		assertThat(scores.level(Level.ADVICE).status()).isEqualTo(LevelStatus.SHORTFALL);
		assertThat(scores.priorityLevel()).isEqualTo(Level.ACCURACY);
		// a single customer has no interval, so it cannot prove a shortfall
		var single = score(this.survey, customer("c1", e(5, 5, 5), p(1, 1, 1)));
		assertThat(single.level(Level.ACCURACY).gap5().ciHigh()).isNull();
		assertThat(single.level(Level.ACCURACY).status()).isEqualTo(LevelStatus.NO_DIFFERENCE);
		assertThat(single.priorityLevel()).isNull();
	}

	@Test
	void cronbachAlphaUsesCustomersWhoAnsweredEveryPerceptionItemOfTheLevel() {
		var scores = score(this.survey, customer("c1", e(5, 5, NA), p(1, 2, NA)),
				customer("c2", e(5, 5, NA), p(2, 3, NA)), customer("c3", e(5, 5, NA), p(3, 5, NA)),
				customer("c4", e(5, 5, NA), p(4, NA, NA)));
		// item variances 1 and 7/3, variance of sums (3, 5, 8) 19/3: alpha = 2 (1 -
		// 10/19)
		assertThat(scores.level(Level.ACCURACY).alpha()).isCloseTo(18.0 / 19.0, within(EPS));
		// one item: no alpha
		assertThat(scores.level(Level.ADVICE).alpha()).isNull();
		// fewer than three complete customers: no alpha
		var two = score(this.survey, customer("c1", e(5, 5, NA), p(1, 2, NA)),
				customer("c2", e(5, 5, NA), p(2, 3, NA)));
		assertThat(two.level(Level.ACCURACY).alpha()).isNull();
	}

	@Test
	void fiveGapsComeFromManagementStandardsAndAudits() {
		var questionnaire = questionnaire(List.of(question("A1", Level.ACCURACY, null)),
				Map.of("A1", new Standard("A1", 4.0, 5.0)));
		var accumulator = new ScoreAccumulator(questionnaire);
		accumulator.customer(customer("c1", new double[] { 5 }, new double[] { 3 }));
		accumulator.customer(customer("c2", new double[] { 4 }, new double[] { 4 }));
		accumulator.manager(new ManagerResponse(2, "m1", "CEO", new double[] { 3 }, new double[] { 5 }));
		accumulator.manager(new ManagerResponse(3, "m2", null, new double[] { 4 }, new double[] { NA }));
		accumulator.audit(new AuditVisit(2, "v1", null, new double[] { 3 }));
		accumulator.audit(new AuditVisit(3, "v2", null, new double[] { 4 }));
		Scores scores = accumulator.scores(List.of());
		GapSet gaps = scores.items().get(0).gaps();
		assertThat(scores.items().get(0).managerMeanE()).isEqualTo(3.5);
		assertThat(scores.items().get(0).managerMeanP()).isEqualTo(5.0);
		assertThat(scores.level(Level.ACCURACY).managerMeanP()).isEqualTo(5.0);
		// gap1 = mgmt E 3.5 - cust E 4.5; gap2 = standard 4 - 3.5; gap3 = delivered 3.5 -
		// 4;
		// gap4 = 3.5 - promised 5; perception = cust P 3.5 - mgmt P 5
		assertThat(gaps).isEqualTo(new GapSet(-1.0, 0.5, -0.5, -1.5, -1.5));
	}

	@Test
	void overallIntervalIsOverEachCustomersOwnMeanAcrossLevels() {
		var scores = score(this.survey, customer("c1", e(5, 5, 3), p(4, 4, 4)), customer("c2", e(5, 5, 5), p(3, 3, 4)),
				customer("c3", e(5, 5, NA), p(2, 4, NA)));
		// c1: accuracy -1, advice +1 -> 0; c2: -2, -1 -> -1.5; c3: accuracy only -> -2
		Gap5Score overall = scores.overallGap5();
		assertThat(overall.n()).isEqualTo(3);
		assertThat(overall.mean()).isCloseTo(-3.5 / 3, within(EPS));
		assertThat(overall.shareMet()).isCloseTo(1.0 / 3, within(EPS));
		// the spec's overall gap: mean of the level means, accuracy (-1 - 2 - 2)/3,
		// advice (1 - 1)/2
		assertThat(scores.gap5()).isCloseTo((-5.0 / 3 + 0) / 2, within(EPS));
	}

	@Test
	void weightedScoreNeedsAWeightOnEveryItem() {
		var scores = score(this.survey, customer("c1", e(5, 4, 3), p(3, 4, 4)));
		// gap5: A1 -2 (w 2), A2 0 (w 1), D1 +1 (w 1) -> (-4 + 0 + 1) / 4
		assertThat(scores.weightedGap5()).isEqualTo(-0.75);
		// overall gap5: mean of level means: accuracy -1, advice 1
		assertThat(scores.gap5()).isEqualTo(0.0);
		var unweighted = questionnaire(
				List.of(question("A1", Level.ACCURACY, 2.0), question("A2", Level.ACCURACY, null)), Map.of());
		var partial = score(unweighted, customer("c1", new double[] { 5, 4 }, new double[] { 3, 4 }));
		assertThat(partial.weightedGap5()).isNull();
	}

	@Test
	void npsCountsPromotersPassivesAndDetractorsWithItsMarginOfError() {
		var accumulator = new ScoreAccumulator(this.survey);
		for (int nps : new int[] { 10, 9, 8, 2 }) {
			accumulator
				.customer(new CustomerResponse(2, "c" + nps, null, null, null, nps, null, e(5, 5, 5), p(5, 5, 5)));
		}
		NpsScore nps = accumulator.scores(List.of()).nps();
		assertThat(nps.promoters()).isEqualTo(2);
		assertThat(nps.passives()).isEqualTo(1);
		assertThat(nps.detractors()).isEqualTo(1);
		assertThat(nps.score()).isEqualTo(25.0);
		// P = 0.5, D = 0.25: 196 * sqrt((0.75 - 0.0625) / 4)
		assertThat(nps.moe95()).isCloseTo(81.25730736, within(1e-8));
		assertThat(nps.distribution()).containsExactly(0, 0, 1, 0, 0, 0, 0, 0, 1, 1, 1);
		assertThat(score(this.survey, customer("c1", e(5, 5, 5), p(5, 5, 5))).nps()).isNull();
	}

	@Test
	void firstContactResolutionIsPlacedAgainstTheBestAndTheRest() {
		var accumulator = new ScoreAccumulator(this.survey);
		String[] channels = { "phone", "phone", "phone", "phone", "email", "kiosk", "chat" };
		boolean[] resolved = { true, true, true, false, true, false, false };
		for (int i = 0; i < channels.length; i++) {
			accumulator.customer(new CustomerResponse(i + 2, "c" + i, null, channels[i], resolved[i], null, null,
					e(5, 5, 5), p(5, 5, 5)));
		}
		accumulator.customer(new CustomerResponse(20, "x", null, "chat", null, null, null, e(5, 5, 5), p(5, 5, 5)));
		List<FcrScore> fcr = accumulator.scores(List.of()).fcr();
		assertThat(fcr)
			.extracting(FcrScore::channel, FcrScore::n, FcrScore::rate, FcrScore::best, FcrScore::rest,
					FcrScore::position, FcrScore::proven)
			.containsExactly(tuple("phone", 4, 0.75, 0.82, 0.56, Position.BETWEEN, false),
					tuple("email", 1, 1.0, 0.68, 0.46, Position.BEST, false),
					tuple("kiosk", 1, 0.0, null, null, null, null),
					tuple("chat", 1, 0.0, 0.45, 0.28, Position.REST, false));
	}

	@Test
	void smallGroupsAreSuppressed() {
		var questionnaire = questionnaire(List.of(question("A1", Level.ACCURACY, null)), Map.of(), 2);
		var accumulator = new ScoreAccumulator(questionnaire);
		accumulator.customer(new CustomerResponse(2, "c1", "Retail", "phone", null, null, null, new double[] { 5 },
				new double[] { 3 }));
		accumulator.customer(new CustomerResponse(3, "c2", "Retail", null, null, null, null, new double[] { 4 },
				new double[] { 5 }));
		accumulator.customer(new CustomerResponse(4, "c3", "Public", null, null, null, null, new double[] { 4 },
				new double[] { 5 }));
		List<Breakdown> breakdowns = accumulator.scores(List.of()).breakdowns();
		assertThat(breakdowns).hasSize(3);
		Breakdown retail = breakdowns.get(0);
		assertThat(retail.suppressed()).isFalse();
		assertThat(retail.levels().get(Level.ACCURACY)).isEqualTo(-0.5);
		assertThat(retail.levels().get(Level.ADVICE)).isNull();
		assertThat(retail.overall()).isEqualTo(-0.5);
		assertThat(breakdowns.get(1)).isEqualTo(new Breakdown("segment", "Public", 1, true, Map.of(), null));
		assertThat(breakdowns.get(2)).isEqualTo(new Breakdown("channel", "phone", 1, true, Map.of(), null));
	}

	@Test
	void problemsAreCountedAsRejectedRowsOrInvalidCells() {
		var accumulator = new ScoreAccumulator(this.survey);
		accumulator.problem(new InputProblem("Customers", 3, "", "", "respondent id is blank"));
		accumulator.problem(new InputProblem("Customers", 4, "F4", "abc", "not a number"));
		accumulator.problem(new InputProblem("Management", 5, "", "", "no valid answer"));
		Counts counts = accumulator.scores(List.of()).counts();
		assertThat(counts).isEqualTo(new Counts(0, 0, 0, 2, 1));
	}

	@Test
	void trendEndsWithThisWave() {
		var earlier = TrendPoint.of("2026-Q1", null, -0.5, 10.0);
		var scores = new ScoreAccumulator(this.survey).scores(List.of(earlier));
		// no customers, managers or visits: no level, and counts of 0
		assertThat(scores.trend()).containsExactly(earlier,
				new TrendPoint("2026-W2", null, null, null, 0, null, 0, 0, 0, Map.of(), 0, 0));
	}

	private static Scores score(Questionnaire questionnaire, CustomerResponse... customers) {
		var accumulator = new ScoreAccumulator(questionnaire);
		for (CustomerResponse customer : customers) {
			accumulator.customer(customer);
		}
		return accumulator.scores(List.of());
	}

}
