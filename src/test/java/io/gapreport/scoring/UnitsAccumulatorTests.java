package io.gapreport.scoring;

import java.util.List;
import java.util.Map;

import io.gapreport.survey.CustomerResponse;
import io.gapreport.survey.Level;
import io.gapreport.survey.Questionnaire;
import org.junit.jupiter.api.Test;

import static io.gapreport.scoring.TinySurveys.question;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The units' scores of units.md (version 4), on tiny hand-made surveys of one accuracy
 * item; the full worked example is {@code UnitsGoldenTests}.
 */
class UnitsAccumulatorTests {

	private final Questionnaire survey = TinySurveys.questionnaire(List.of(question("A1", Level.ACCURACY, null)),
			Map.of(), 2);

	private static CustomerResponse served(String unit, double expected, double perceived) {
		return new CustomerResponse(2, "c", null, null, null, null, null, new double[] { expected },
				new double[] { perceived }, unit);
	}

	@Test
	void customersNamingOneUnitOnlyGiveNoUnits() {
		var accumulator = new UnitsAccumulator(this.survey);
		accumulator.customer(served("Kraków", 4, 3));
		accumulator.customer(served(" KRAKÓW", 4, 4));
		accumulator.customer(served(null, 4, 5));
		WorkbookScores scores = accumulator.scores(List.of(), (unit) -> List.of());
		assertThat(scores.units()).isEmpty();
		assertThat(scores.client().counts().customers()).isEqualTo(3);
	}

	@Test
	void aSuppressedUnitStillCountsInTheRestOfEveryOtherUnit() {
		var accumulator = new UnitsAccumulator(this.survey);
		// Kraków: gaps -1, -1, 0; Gdańsk (suppressed below 2): gap 2; no unit: gap 1
		accumulator.customer(served("Kraków", 4, 3));
		accumulator.customer(served("Gdańsk", 3, 5));
		accumulator.customer(served("kraków ", 5, 4));
		accumulator.customer(served(null, 3, 4));
		accumulator.customer(served("Kraków", 4, 4));
		WorkbookScores scores = accumulator.scores(List.of(), (unit) -> List.of());
		assertThat(scores.units()).extracting(UnitScore::unit, UnitScore::n, UnitScore::suppressed)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Kraków", 3, false),
					org.assertj.core.groups.Tuple.tuple("Gdańsk", 1, true));
		UnitStanding krakow = scores.units().get(0).standing();
		// unit mean -2/3 against the rest's (2 + 1) / 2 = 1.5
		assertThat(krakow.overall().diff()).isCloseTo(-2.0 / 3 - 1.5, within(1e-12));
		assertThat(krakow.level(Level.ACCURACY).diff()).isCloseTo(-2.0 / 3 - 1.5, within(1e-12));
		assertThat(krakow.level(Level.AVAILABILITY)).isNull();
		assertThat(krakow.nps()).isNull();
		assertThat(scores.client().counts().customers()).isEqualTo(5);
	}

	@Test
	void theRestsMomentsAreTheWholesLessTheUnits() {
		var whole = new Moments();
		var part = new Moments();
		var rest = new Moments();
		double[] values = { 1.5, -2, 0.25, 3, 3, -1, 0.5 };
		for (int i = 0; i < values.length; i++) {
			whole.add(values[i]);
			(i % 3 == 0 ? part : rest).add(values[i]);
		}
		Moments difference = whole.minus(part);
		assertThat(difference.count()).isEqualTo(rest.count());
		assertThat(difference.mean()).isCloseTo(rest.mean(), within(1e-12));
		assertThat(difference.variance()).isCloseTo(rest.variance(), within(1e-12));
	}

}
