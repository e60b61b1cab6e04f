package io.gapreport.scoring;

import java.util.Map;

import io.gapreport.survey.Level;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class WaveChangeTests {

	@Test
	void gapChangeIsTestedWithWelchsTTest() {
		var previous = new TrendPoint("Q2", null, -0.5, null, 100, 1.0, 0, 0, 0);
		var current = new TrendPoint("Q3", null, -0.2, null, 100, 1.0, 0, 0, 0);
		WaveChange change = WaveChange.ofGap(previous, current);
		// t = 0.3 / sqrt(0.01 + 0.01) = 2.1213, Welch df = 198: two-sided p = 0.0351
		assertThat(change.delta()).isCloseTo(0.3, within(1e-12));
		assertThat(change.p()).isCloseTo(0.0351, within(0.0005));
		assertThat(change.significant()).isTrue();
		var small = new TrendPoint("Q3", null, -0.45, null, 100, 1.0, 0, 0, 0);
		assertThat(WaveChange.ofGap(previous, small).significant()).isFalse();
	}

	@Test
	void npsChangeIsTestedWithATwoSampleZTest() {
		var previous = new TrendPoint("Q2", null, null, 10.0, 0, null, 200, 0.40, 0.30);
		var current = new TrendPoint("Q3", null, null, 20.0, 0, null, 200, 0.45, 0.25);
		WaveChange change = WaveChange.ofNps(previous, current);
		// variances 0.69 and 0.66: se = 100 sqrt(1.35 / 200) = 8.2158, z = 1.2172, p =
		// 0.2235
		assertThat(change.delta()).isEqualTo(10.0);
		assertThat(change.p()).isCloseTo(0.2235, within(0.001));
		assertThat(change.significant()).isFalse();
	}

	@Test
	void withoutEnoughDataThereIsNoTest() {
		var previous = TrendPoint.of("Q2", null, -0.5, 10.0);
		var current = TrendPoint.of("Q3", null, -0.2, 20.0);
		assertThat(WaveChange.ofGap(previous, current).p()).isNull();
		assertThat(WaveChange.ofNps(previous, current).p()).isNull();
		assertThat(WaveChange.ofGap(TrendPoint.of("Q2", null, null, null), current)).isNull();
	}

	@Test
	void aLevelsChangeIsTestedOnItsCustomersOwnLevelGaps() {
		var previous = new TrendPoint("Q2", null, -0.5, null, 100, 1.0, 0, 0, 0,
				Map.of(Level.ACCURACY, new TrendPoint.LevelGap(-0.5, 1.0, 100)), 6, 6);
		var current = new TrendPoint("Q3", null, -0.2, null, 100, 1.0, 0, 0, 0,
				Map.of(Level.ACCURACY, new TrendPoint.LevelGap(-0.2, 1.0, 100)), 3, 6);
		WaveChange accuracy = WaveChange.ofLevel(previous, current, Level.ACCURACY);
		// the same figures as the overall test above: t = 2.1213, df = 198, p = 0.0351
		assertThat(accuracy.delta()).isCloseTo(0.3, within(1e-12));
		assertThat(accuracy.p()).isCloseTo(0.0351, within(0.0005));
		assertThat(WaveChange.ofLevel(previous, current, Level.ADVICE)).isNull();
	}

	@Test
	void eachWavesMarginsAreTheNinetyFivePercentHalfWidths() {
		var point = new TrendPoint("Q3", null, -0.2, 10.0, 100, 1.0, 200, 0.40, 0.30);
		// t(0.975, 99) = 1.9842 times 1.0 / sqrt(100)
		assertThat(WaveChange.gapHalfWidth(point)).isCloseTo(0.19842, within(1e-4));
		// 1.96 * 100 * sqrt((0.40 + 0.30 - 0.10^2) / 200) = 11.512
		assertThat(WaveChange.npsMargin(point)).isCloseTo(11.512, within(1e-3));
		assertThat(WaveChange.gapHalfWidth(TrendPoint.of("Q3", null, -0.2, 10.0))).isNull();
		assertThat(WaveChange.npsMargin(TrendPoint.of("Q3", null, -0.2, 10.0))).isNull();
	}

}
