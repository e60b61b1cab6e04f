package io.gapreport.chart;

import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;

import io.gapreport.chart.GapBarsSpec.Bar;

import static org.assertj.core.api.Assertions.assertThat;

class GapBarsTests {

	private static final List<Bar> BARS = List.of(new Bar("Luka 1: wiedza", -0.15, Tone.NO_DIFFERENCE),
			Bar.notMeasured("Luka 2: standardy"), new Bar("Luka 4: komunikacja", -0.07, Tone.INDICATIVE));

	@Test
	void anUnmeasuredGapIsAnEmptyLabelledSlotNotABarOfZero() {
		CategoryPlot plot = plot(BARS);
		assertThat(plot.getDataset().getValue("gap", "Luka 2: standardy")).isNull();
		assertThat(plot.getAnnotations()).singleElement()
			.isInstanceOfSatisfying(EmptySlot.class,
					(slot) -> assertThat(slot).extracting("text", "row").containsExactly("nie zmierzono", 1));
	}

	@Test
	void theScaleIsSymmetricAndNeverNarrowerThanHalfAPoint() {
		CategoryPlot plot = plot(BARS);
		assertThat(plot.getRangeAxis().getLowerBound()).isEqualTo(-plot.getRangeAxis().getUpperBound());
		assertThat(plot.getRangeAxis().getUpperBound()).isGreaterThanOrEqualTo(0.5);
		assertThat(GapBars.halfRange(List.of(new Bar("a", -1.6, Tone.SHORTFALL)))).isGreaterThan(1.6);
	}

	@Test
	void theLegendNamesOnlyTheTonesDrawn() {
		assertThat(ColoursTests.labels(plot(BARS).getLegendItems())).containsExactly("orientacyjne",
				"Brak istotnej różnicy");
	}

	@Test
	void onlyAProvenShortfallIsRed() {
		assertThat(ChartStyle.colour(Tone.SHORTFALL)).isEqualTo(ChartStyle.SHORTFALL);
		for (Tone tone : List.of(Tone.INDICATIVE, Tone.NO_DIFFERENCE, Tone.EXCEEDED)) {
			assertThat(ChartStyle.colour(tone)).isNotEqualTo(ChartStyle.SHORTFALL);
		}
	}

	private static CategoryPlot plot(List<Bar> bars) {
		JFreeChart chart = Charts.create(new GapBarsSpec("", "Luka", bars, ChartsTests.LABELS, ChartsTests.POLISH));
		return chart.getCategoryPlot();
	}

}
