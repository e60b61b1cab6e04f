package io.gapreport.scoring;

import java.util.List;

import io.gapreport.survey.Level;
import io.gapreport.survey.Question;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ImportancesTests {

	@Test
	void aCorrelationsIntervalIsFishersZTransformedBack() {
		Correlation correlation = new Correlation();
		double[][] pairs = { { 1, 2 }, { 2, 1 }, { 3, 4 }, { 4, 3 }, { 5, 5 }, { 6, 7 }, { 7, 6 } };
		for (double[] pair : pairs) {
			correlation.addIfBoth(pair[0], pair[1]);
		}
		double r = correlation.value();
		// Pearson's r by hand: sxy = 25, sxx = syy = 28
		assertThat(r).isCloseTo(25.0 / 28, within(1e-12));
		double z = 0.5 * Math.log((1 + r) / (1 - r));
		double h = 1.959963984540054 / Math.sqrt(7 - 3);
		Interval interval = correlation.interval();
		assertThat(interval.low()).isCloseTo(Math.tanh(z - h), within(1e-12));
		assertThat(interval.high()).isCloseTo(Math.tanh(z + h), within(1e-12));
		// r = 0.893, n = 7: 0.427 ... 0.984
		assertThat(interval.low()).isCloseTo(0.4267, within(1e-4));
		assertThat(interval.high()).isCloseTo(0.9842, within(1e-4));
	}

	@Test
	void threePairsGiveACorrelationButNoInterval() {
		Correlation correlation = new Correlation();
		correlation.addIfBoth(1, 1);
		correlation.addIfBoth(2, 3);
		correlation.addIfBoth(3, 2);
		assertThat(correlation.value()).isNotNull();
		assertThat(correlation.interval()).isNull();
	}

	@Test
	void correlationsWhoseIntervalsAllOverlapDoNotTellQuestionsApart() {
		// the reviewed case: -0.16 (-0.37 ... 0.06) to +0.19 (-0.03 ... 0.39) on 80
		// customers
		List<ItemScore> items = List.of(item("A", -0.16, 80), item("B", 0.02, 80), item("C", 0.19, 80));
		assertThat(Importances.tellApart(items, ImportanceBasis.NPS)).isFalse();
	}

	@Test
	void twoCorrelationsWhoseIntervalsDoNotOverlapTellQuestionsApart() {
		// 0.10 (-0.04 ... 0.24) against 0.60 (0.50 ... 0.68) on 200 customers each
		List<ItemScore> items = List.of(item("A", 0.10, 200), item("B", 0.35, 200), item("C", 0.60, 200));
		assertThat(Importances.tellApart(items, ImportanceBasis.PERCEPTION)).isTrue();
	}

	@Test
	void weightsAlwaysTellQuestionsApart() {
		assertThat(Importances.tellApart(List.of(item("A", 1.0, 0), item("B", 2.0, 0)), ImportanceBasis.WEIGHT))
			.isTrue();
	}

	private static ItemScore item(String code, double importance, int n) {
		Interval interval = null;
		if (n > 3) {
			double z = 0.5 * Math.log((1 + importance) / (1 - importance));
			double h = 1.959963984540054 / Math.sqrt(n - 3);
			interval = new Interval(Math.tanh(z - h), Math.tanh(z + h));
		}
		return new ItemScore(new Question(code, code, Level.ACCURACY, null, null), null, null, Gap5Score.NOT_MEASURED,
				new GapSet(null, null, null, null, null), null, null, importance, interval);
	}

}
