package io.gapreport.report;

import java.util.List;
import java.util.Map;

import io.gapreport.chart.GapBarsSpec;
import io.gapreport.chart.Tone;
import io.gapreport.scoring.Gap;
import io.gapreport.scoring.Gap5Score;
import io.gapreport.scoring.LevelScore;
import io.gapreport.scoring.Scores;

/**
 * The five-gaps chart, each gap in the colour of what it has shown, by the one evidence
 * rule of {@link io.gapreport.report.Tone#ofGap}: red only for a shortfall proven by its
 * interval on enough managers or visits, amber for a lead to check, blue for an excess
 * proven on enough evidence, grey for everything else. The customer gap is red or blue by
 * its own interval.
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
		return switch (overall(scores, gap)) {
			case SHORTFALL -> Tone.SHORTFALL;
			case INDICATIVE -> Tone.INDICATIVE;
			case EXCEEDED -> Tone.EXCEEDED;
			default -> Tone.NO_DIFFERENCE;
		};
	}

	/** The report's tone of an overall gap. */
	static io.gapreport.report.Tone overall(Scores scores, Gap gap) {
		return io.gapreport.report.Tone.ofGap(gap.of(scores.gaps()), scores.intervals().of(gap),
				scores.nextSteps().evidence(gap));
	}

	/** The report's tone of a level's gap. */
	static io.gapreport.report.Tone level(Scores scores, LevelScore level, Gap gap) {
		return io.gapreport.report.Tone.ofGap(gap.of(level.gaps()), level.intervals().of(gap),
				scores.nextSteps().evidence(gap));
	}

	/** Red only for a customer gap whose whole interval lies below zero. */
	static Tone tone(Gap5Score gap5) {
		return (gap5.ciLow() != null && gap5.ciHigh() != null) ? Tone.ofInterval(gap5.ciLow(), gap5.ciHigh())
				: Tone.NO_DIFFERENCE;
	}

}
