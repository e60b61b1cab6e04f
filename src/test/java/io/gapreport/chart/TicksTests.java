package io.gapreport.chart;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TicksTests {

	@ParameterizedTest
	@CsvSource({ "5.75, 5.85", "0.49, 0.65", "1, 3", "-2.5, 2.5", "4.1, 6.3", "0.7, 0.82", "-9.2, 0.5",
			"0.5801, 0.5809" })
	void tickLabelsAreDistinctAndFewEnoughToRead(double low, double high) {
		Ticks ticks = Ticks.of(low, high, 7);
		NumberFormat format = ticks.format(ChartsTests.POLISH);
		List<String> labels = new ArrayList<>();
		for (double tick = Math.ceil(low / ticks.step()) * ticks.step(); tick <= high + 1e-12; tick += ticks.step()) {
			labels.add(format.format(tick));
		}
		assertThat(labels).hasSizeBetween(2, 8);
		assertThat(new HashSet<>(labels)).hasSameSizeAs(labels);
	}

	@ParameterizedTest
	@CsvSource({ "-0.42, '−0,42'", "0.2, '+0,20'", "0.0, '0,00'", "-0.001, '0,00'", "0.004, '0,00'" })
	void signedNumbersCarryATrueMinusAndNoSignOnZero(double value, String printed) {
		assertThat(ChartStyle.signed(ChartsTests.POLISH, 2).format(value)).isEqualTo(printed);
	}

	@ParameterizedTest
	@CsvSource({ "-0.5, '−0.5'", "-12, '−12.0'" })
	void tickLabelsCarryATrueMinus(double value, String printed) {
		assertThat(ChartStyle.decimals(Locale.ENGLISH, 1).format(value)).isEqualTo(printed).doesNotContain("-");
	}

}
