package io.gapreport.scoring;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A channel's first-contact resolution interval always holds its rate: a small unit's
 * channel where every (or no) customer was helped at once has a rate of 1 (or 0), and
 * rounding once left the interval's end a hair inside it, which the chart refused.
 */
class WilsonIntervalTests {

	@Test
	void theIntervalOfARateOfNoneOrAllHoldsTheRateForEveryCount() {
		for (int n = 1; n <= 2000; n++) {
			assertThat(FirstContactResolution.wilson(1.0, n).high()).as("n = %d", n).isEqualTo(1.0);
			assertThat(FirstContactResolution.wilson(0.0, n).low()).as("n = %d", n).isEqualTo(0.0);
			double p = (n % 7) / 7.0;
			var interval = FirstContactResolution.wilson(p, n);
			assertThat(interval.low()).isLessThanOrEqualTo(p);
			assertThat(interval.high()).isGreaterThanOrEqualTo(p);
		}
		// n = 1, rate 1: (1 + z²/2) / (1 + z²) ∓ (z²/2) / (1 + z²), z = 1.96: 1 / 4.8416
		// = 0.20654 … 1
		assertThat(FirstContactResolution.wilson(1.0, 1).low()).isCloseTo(0.20654329,
				org.assertj.core.data.Offset.offset(1e-6));
	}

}
