package io.gapreport.report;

import java.util.List;
import java.util.Map;

import io.gapreport.chart.GapBarsSpec;
import io.gapreport.chart.Tone;
import io.gapreport.scoring.Evidence;
import io.gapreport.scoring.Gap;
import io.gapreport.scoring.Gap5Score;
import io.gapreport.scoring.Interval;
import io.gapreport.scoring.LevelScore;
import io.gapreport.scoring.LevelStatus;
import io.gapreport.scoring.Scores;
import org.jspecify.annotations.Nullable;

/**
 * The {@link Tone} of each finding, and the five-gaps chart, each gap in the colour of
 * what it has shown, by the one evidence rule of {@link #ofGap}: red only for a shortfall
 * proven by its interval on enough managers or visits, amber for a lead to check, blue
 * for an excess proven on enough evidence, grey for everything else. The customer gap is
 * red or blue by its own interval.
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
		Tone tone = overall(scores, gap);
		return Tone.CHARTED.contains(tone) ? tone : Tone.NO_DIFFERENCE;
	}

	/** The report's tone of an overall gap. */
	static Tone overall(Scores scores, Gap gap) {
		return ofGap(gap.of(scores.gaps()), scores.intervals().of(gap), scores.nextSteps().evidence(gap));
	}

	/** The report's tone of a level's gap. */
	static Tone level(Scores scores, LevelScore level, Gap gap) {
		return ofGap(gap.of(level.gaps()), level.intervals().of(gap), scores.nextSteps().evidence(gap));
	}

	/** The tone of a customer gap with its Student-t interval, in the report's text. */
	static Tone ofGap5(Gap5Score gap5) {
		if (gap5.mean() == null) {
			return Tone.NOT_MEASURED;
		}
		if (gap5.ciLow() == null || gap5.ciHigh() == null) {
			return Tone.NO_DIFFERENCE;
		}
		return Tone.ofInterval(gap5.ciLow(), gap5.ciHigh());
	}

	/**
	 * The one evidence rule for gaps 1 to 4 and the perception gap: red only for a
	 * shortfall proven by the interval on sufficient evidence; amber for one on too few
	 * managers or visits, or for a negative value without an interval; blue for an excess
	 * on sufficient evidence; grey otherwise.
	 * @param value the gap's value, or null
	 * @param interval its 95% interval, centred on the value, or null
	 * @param evidence what the managers or audit visits it rests on can carry
	 */
	static Tone ofGap(@Nullable Double value, @Nullable Interval interval, Evidence evidence) {
		if (value == null) {
			return Tone.NOT_MEASURED;
		}
		if (interval == null) {
			return (value < 0) ? Tone.INDICATIVE : Tone.NO_DIFFERENCE;
		}
		boolean sufficient = evidence == Evidence.SUFFICIENT;
		return switch (LevelStatus.of(value, interval)) {
			case SHORTFALL -> sufficient ? Tone.SHORTFALL : Tone.INDICATIVE;
			case EXCEEDED -> sufficient ? Tone.EXCEEDED : Tone.NO_DIFFERENCE;
			default -> Tone.NO_DIFFERENCE;
		};
	}

	/** Red only for a customer gap whose whole interval lies below zero. */
	static Tone tone(Gap5Score gap5) {
		return (gap5.ciLow() != null && gap5.ciHigh() != null) ? Tone.ofInterval(gap5.ciLow(), gap5.ciHigh())
				: Tone.NO_DIFFERENCE;
	}

}
