package io.gapreport.chart;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Numbers in the HTML twin's drawings: rounded to their places, no trailing zeros, no
 * minus on a zero.
 */
class SvgNumbersTests {

	@Test
	void numbersAreRoundedToTheirPlacesWithoutTrailingZeros() {
		assertThat(SvgNumbers.format(12.5, 2)).isEqualTo("12.5");
		assertThat(SvgNumbers.format(12.499, 2)).isEqualTo("12.5");
		assertThat(SvgNumbers.format(3.0, 2)).isEqualTo("3");
		assertThat(SvgNumbers.format(-0.25, 2)).isEqualTo("-0.25");
		assertThat(SvgNumbers.format(0.05, 2)).isEqualTo("0.05");
		assertThat(SvgNumbers.format(1.005001, 2)).isEqualTo("1.01");
		assertThat(SvgNumbers.format(0.0000123, 5)).isEqualTo("0.00001");
		assertThat(SvgNumbers.format(-0.7071067811865476, 5)).isEqualTo("-0.70711");
		assertThat(SvgNumbers.format(99.999, 2)).isEqualTo("100");
	}

	@Test
	void whatRoundsToZeroIsZeroWithoutASign() {
		assertThat(SvgNumbers.format(-0.001, 2)).isEqualTo("0");
		assertThat(SvgNumbers.format(0.0, 2)).isEqualTo("0");
		assertThat(SvgNumbers.format(-0.0, 2)).isEqualTo("0");
		assertThat(SvgNumbers.format(-0.4, 0)).isEqualTo("0");
		assertThat(SvgNumbers.format(12.6, 0)).isEqualTo("13");
	}

	@Test
	void whatIsNotFiniteIsWrittenAsJavaWritesIt() {
		assertThat(SvgNumbers.format(Double.NaN, 2)).isEqualTo("NaN");
		assertThat(SvgNumbers.format(Double.POSITIVE_INFINITY, 2)).isEqualTo("Infinity");
		assertThat(SvgNumbers.format(2e12, 2)).isEqualTo("2.0E12");
	}

}
