package io.gapreport.report;

import java.util.List;
import java.util.Map;

import io.gapreport.chart.GapBarsSpec;
import io.gapreport.chart.Tone;
import io.gapreport.scoring.Action;
import io.gapreport.scoring.Evidence;
import io.gapreport.scoring.Gap;
import io.gapreport.scoring.Gap5Score;
import io.gapreport.scoring.Interval;
import io.gapreport.scoring.Scores;
import org.jspecify.annotations.Nullable;

/**
 * The five-gaps chart, each gap in the colour of what it has shown. Red is a proven
 * shortfall: the customer gap's interval below zero, or a gap the scoring turns into a
 * non-indicative action (gap 1 and the perception gap only when their Welch interval lies
 * below zero and enough managers answered). A shortfall resting on too few managers or
 * visits is indicative (amber); gap 1, the perception gap and the customer gap are blue
 * when their interval lies above zero; everything else is grey.
 */
final class GapTones {

	private GapTones() {
	}

	static GapBarsSpec chart(Wording w, Map<Tone, String> tones) {
		List<GapBarsSpec.Bar> bars = GapSections.GAP_KEYS.stream().map((key) -> {
			String name = w.m().get("gap." + key + ".name");
			Double value = GapSections.gapValue(w.scores(), key);
			return (value != null) ? new GapBarsSpec.Bar(name, value, tone(w.scores(), key))
					: GapBarsSpec.Bar.notMeasured(name);
		}).toList();
		return new GapBarsSpec("", w.m().get("gaps.chart.axis"), bars,
				new GapBarsSpec.Labels(w.m().get("gap.notMeasured"), tones), w.f().locale());
	}

	/** The tone of a measured gap, by its key in {@link GapSections#GAP_KEYS}. */
	static Tone tone(Scores scores, String key) {
		if (key.equals("gap5")) {
			return tone(scores.overallGap5());
		}
		Gap gap = Gap.valueOf(key.toUpperCase(java.util.Locale.ROOT));
		for (Action action : scores.nextSteps().actions()) {
			if (action instanceof Action.GapShortfall shortfall && shortfall.gap() == gap) {
				return shortfall.indicative() ? Tone.INDICATIVE : Tone.SHORTFALL;
			}
		}
		Interval interval = switch (gap) {
			case GAP1 -> scores.intervals().gap1();
			case PERCEPTION -> scores.intervals().perception();
			default -> null;
		};
		return exceeded(interval, scores.nextSteps().management()) ? Tone.EXCEEDED : Tone.NO_DIFFERENCE;
	}

	/** Red only for a customer gap whose whole interval lies below zero. */
	static Tone tone(Gap5Score gap5) {
		return (gap5.ciLow() != null && gap5.ciHigh() != null) ? Tone.ofInterval(gap5.ciLow(), gap5.ciHigh())
				: Tone.NO_DIFFERENCE;
	}

	private static boolean exceeded(@Nullable Interval interval, Evidence management) {
		return interval != null && interval.above0() && management == Evidence.SUFFICIENT;
	}

}
