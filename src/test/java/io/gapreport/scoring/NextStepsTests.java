package io.gapreport.scoring;

import java.util.List;
import java.util.Map;

import io.gapreport.survey.CustomerResponse;
import io.gapreport.survey.Level;
import io.gapreport.survey.ManagerResponse;
import io.gapreport.survey.Question;
import io.gapreport.survey.Questionnaire;
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
 * Scores worked out by hand: Welch intervals of gap 1 and the perception gap, statuses,
 * evidence, actions, what to collect and derived importance.
 */
class NextStepsTests {

	private static final double NA = Double.NaN;

	/** Accuracy items A1 and A2, advice item D1; A1 has a standard; minimum group 3. */
	private final Questionnaire survey = questionnaire(List.of(question("A1", Level.ACCURACY, null),
			question("A2", Level.ACCURACY, null), question("D1", Level.ADVICE, null)),
			Map.of("A1", new Standard("A1", 3.0, 5.0)), 3);

	@Test
	void gap1IntervalIsWelchOverEachRespondentsMeanExpectation() {
		var oneItem = questionnaire(List.of(question("A1", Level.ACCURACY, null)), Map.of());
		var accumulator = new ScoreAccumulator(oneItem);
		accumulator.customer(customer("c1", e(4), p(4)));
		accumulator.customer(customer("c2", e(5), p(4)));
		accumulator.customer(customer("c3", e(3), p(4)));
		accumulator.manager(new ManagerResponse(2, "m1", null, new double[] { 2 }, new double[] { NA }));
		accumulator.manager(new ManagerResponse(3, "m2", null, new double[] { 4 }, new double[] { NA }));
		Scores scores = accumulator.scores(List.of());
		// managers 3 (var 2, n 2) minus customers 4 (var 1, n 3): se^2 = 1 + 1/3,
		// df = (4/3)^2 / (1/1 + (1/9)/2) = 1.68421..., t(0.975, df) * se =
		// 5.976997448258373
		Interval gap1 = scores.intervals().gap1();
		assertThat(gap1.low()).isCloseTo(-1 - 5.976997448258373, within(1e-9));
		assertThat(gap1.high()).isCloseTo(-1 + 5.976997448258373, within(1e-9));
		assertThat(scores.level(Level.ACCURACY).intervals().gap1()).isEqualTo(gap1);
		// no manager answered a perception question: no perception interval
		assertThat(scores.intervals().perception()).isNull();
	}

	@Test
	void levelIsExceededOnlyWhenItsWholeIntervalIsAboveZero() {
		var scores = score(customer("c1", e(2, NA, 3), p(4, NA, 3)), customer("c2", e(2, NA, 3), p(4, NA, 4)),
				customer("c3", e(2, NA, 3), p(5, NA, 2)));
		// accuracy: 2, 2, 3 -> mean 2.33, interval 2.33 +- 4.30 * 0.577 / sqrt(3) =
		// (0.90, 3.77)
		assertThat(scores.level(Level.ACCURACY).status()).isEqualTo(LevelStatus.EXCEEDED);
		// advice: 0, 1, -1 -> the interval reaches zero
		assertThat(scores.level(Level.ADVICE).status()).isEqualTo(LevelStatus.NO_DIFFERENCE);
		assertThat(scores.level(Level.AVAILABILITY).status()).isEqualTo(LevelStatus.NOT_MEASURED);
	}

	@Test
	void actionsPutFallingLevelsFirstThenGapsInOrderAndFewManagersMakeThemIndicative() {
		var accumulator = new ScoreAccumulator(this.survey);
		accumulator.customer(customer("c1", e(5, 5, 3), p(3, 2, 3)));
		accumulator.customer(customer("c2", e(5, 5, 3), p(2, 3, 3)));
		accumulator.customer(customer("c3", e(5, 4, 3), p(3, 2, 3)));
		accumulator.manager(new ManagerResponse(2, "m1", null, e(4, 4, 3), p(5, 5, 4)));
		accumulator.manager(new ManagerResponse(3, "m2", null, e(4, 4, 3), p(5, 5, 4)));
		NextSteps next = accumulator.scores(List.of()).nextSteps();
		assertThat(next.management()).isEqualTo(Evidence.INDICATIVE);
		assertThat(next.audits()).isEqualTo(Evidence.NONE);
		// accuracy: A1 and A2 both -2.33 (a tie, ordered by code);
		// gap1 = mean(accuracy mean(-1, -0.67), advice 0) = -5/12, centred Welch
		// half-width
		// over respondent means (managers 3.67, 3.67; customers 4.33, 4.33, 4.00: se
		// 0.111, df 2) 4.303 * 0.111 = 0.478: (-0.895, 0.061) reaches zero, so no action;
		// gap2: A1's standard 3 minus each manager's 4 = -1, zero width; perception:
		// every customer mean 2.67 vs 4.67, zero width, around -1.75 (accuracy
		// mean(-2.33, -2.67), advice -1); no audits, so no gap 3 or 4
		Scores scores = accumulator.scores(List.of());
		Interval gap1 = scores.intervals().gap1();
		assertThat(gap1.low() + gap1.high()).isCloseTo(2 * (-5.0 / 12), within(1e-12));
		assertThat(gap1.high() - gap1.low()).isCloseTo(2 * 4.302652729749464 * Math.sqrt(1.0 / 81), within(1e-9));
		assertThat(scores.gapStatus(Gap.GAP1)).isEqualTo(LevelStatus.NO_DIFFERENCE);
		assertThat(next.actions()).extracting(Action::target, Action::evidence, Action::indicative)
			.containsExactly(tuple("accuracy", List.of("A1", "A2"), false), tuple("gap2", List.of("A1"), true),
					tuple("perception", List.of("A2", "A1", "D1"), true));
		assertThat(scores.intervals().gap2()).isEqualTo(new Interval(-1, -1));
		assertThat(((Action.GapShortfall) next.actions().get(2)).value()).isCloseTo(-1.75, within(1e-12));
		assertThat(next.collect()).extracting(Collect::key)
			.containsExactly("audits", "level:availability", "level:partnership", "nps", "fcr");
	}

	@Test
	void aNegativeGapFromASingleManagerIsALeadToCheckNotAVerdict() {
		var accumulator = new ScoreAccumulator(this.survey);
		accumulator.customer(customer("c1", e(5, 5, 3), p(5, 5, 3)));
		accumulator.customer(customer("c2", e(5, 5, 3), p(5, 5, 3)));
		accumulator.manager(new ManagerResponse(2, "m1", null, e(4, 4, 3), p(NA, NA, NA)));
		Scores scores = accumulator.scores(List.of());
		assertThat(scores.intervals().gap1()).isNull();
		assertThat(scores.nextSteps().actions()).first().satisfies((action) -> {
			assertThat(action.target()).isEqualTo("gap1");
			assertThat(action.indicative()).isTrue();
		});
	}

	@Test
	void importanceIsTheCorrelationOfPerceptionWithLikelihoodToRecommend() {
		Scores scores = threeRecommenders(question("A1", Level.ACCURACY, null));
		// sxy = 5, sxx = 2, syy = 12.667: r = 5 / sqrt(25.333)
		assertThat(scores.importanceBasis()).isEqualTo(ImportanceBasis.NPS);
		assertThat(scores.items().get(0).importance()).isCloseTo(5 / Math.sqrt(2 * 38.0 / 3), within(1e-12));
	}

	@Test
	void weightsAreTheImportanceWhenEveryItemHasOne() {
		var weighted = questionnaire(List.of(question("A1", Level.ACCURACY, 2.0), question("D1", Level.ADVICE, 0.5)),
				Map.of());
		var accumulator = new ScoreAccumulator(weighted);
		accumulator.customer(customer("c1", e(3, 3), p(4, 2)));
		Scores scores = accumulator.scores(List.of());
		assertThat(scores.importanceBasis()).isEqualTo(ImportanceBasis.WEIGHT);
		assertThat(scores.items()).extracting(ItemScore::importance).containsExactly(2.0, 0.5);
	}

	@Test
	void equalWeightsSayNothingAboutImportanceSoTheAnswersTellIt() {
		Scores scores = threeRecommenders(question("A1", Level.ACCURACY, 1.0));
		// as without weights: r = 5 / sqrt(25.333)
		assertThat(scores.importanceBasis()).isEqualTo(ImportanceBasis.NPS);
		assertThat(scores.items().get(0).importance()).isCloseTo(5 / Math.sqrt(2 * 38.0 / 3), within(1e-12));
	}

	/**
	 * One question, perceived 1, 2, 3 by three customers who would recommend the firm 2,
	 * 4 and 7 out of 10.
	 */
	private Scores threeRecommenders(Question question) {
		var accumulator = new ScoreAccumulator(questionnaire(List.of(question), Map.of()));
		accumulator.customer(withNps(customer("c1", e(3), p(1)), 2));
		accumulator.customer(withNps(customer("c2", e(3), p(2)), 4));
		accumulator.customer(withNps(customer("c3", e(3), p(3)), 7));
		return accumulator.scores(List.of());
	}

	private Scores score(CustomerResponse... customers) {
		var accumulator = new ScoreAccumulator(this.survey);
		for (CustomerResponse customer : customers) {
			accumulator.customer(customer);
		}
		return accumulator.scores(List.of());
	}

	private static CustomerResponse withNps(CustomerResponse response, int nps) {
		return new CustomerResponse(response.row(), response.respondent(), null, null, null, nps, null,
				response.expected(), response.perceived());
	}

}
