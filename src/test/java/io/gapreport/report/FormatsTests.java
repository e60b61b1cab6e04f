package io.gapreport.report;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Figures as the report prints them: true minus signs, consistent signs, p-values. */
class FormatsTests {

	private final Formats english = new Formats(Locale.ENGLISH, "\u2013");

	private final Formats polish = new Formats(Locale.forLanguageTag("pl"), "\u2013");

	@Test
	void gapsCarryATrueMinusSignAndAPlusAndZeroHasNoSign() {
		assertThat(this.english.gap(-0.15)).isEqualTo("\u22120.15");
		assertThat(this.english.gap(0.2)).isEqualTo("+0.20");
		assertThat(this.english.gap(-0.001)).isEqualTo("0.00");
		assertThat(this.polish.gap(-1.3)).isEqualTo("\u22121,30");
	}

	@Test
	void aBoundOfAnIntervalThatExcludesZeroNeverReadsAsZero() {
		assertThat(this.english.nonZeroGap(-0.26)).isEqualTo("\u22120.26");
		assertThat(this.english.nonZeroGap(-0.004)).isEqualTo("\u22120.004");
		assertThat(this.polish.nonZeroGap(-0.0004)).isEqualTo("\u22120,0004");
		assertThat(this.english.nonZeroGap(-0.00001)).isEqualTo("< 0");
		assertThat(this.english.nonZeroGap(0.001)).isEqualTo("+0.001");
	}

	@Test
	void npsIsInWholePointsWithItsSign() {
		assertThat(this.english.points(-8.89)).isEqualTo("\u22129");
		assertThat(this.english.points(12.4)).isEqualTo("+12");
		assertThat(this.english.points(0.3)).isEqualTo("0");
	}

	@Test
	void aPValueSaysItsRelationOnceAndNeverBreaksAcrossLines() {
		assertThat(this.english.probability(0.0001)).isEqualTo("p\u00a0<\u00a00.001");
		assertThat(this.english.probability(0.0234)).isEqualTo("p\u00a0=\u00a00.023");
		assertThat(this.polish.probability(0.0001)).isEqualTo("p\u00a0<\u00a00,001");
	}

}
