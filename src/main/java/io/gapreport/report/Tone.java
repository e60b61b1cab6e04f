package io.gapreport.report;

import java.util.Locale;

import io.gapreport.scoring.Evidence;
import io.gapreport.scoring.Gap5Score;
import io.gapreport.scoring.Interval;
import io.gapreport.scoring.LevelStatus;
import org.jspecify.annotations.Nullable;

/**
 * How a finding is shown, one palette for text and charts: red only for a proven
 * shortfall, amber for a lead to check, grey for no significant difference, blue for an
 * excess beyond chance. The templates use {@link #css()} as a class name.
 */
enum Tone {

	/** The 95% interval lies below zero, on enough evidence. */
	SHORTFALL,
	/** A shortfall that rests on too few managers, visits or customers: check it. */
	INDICATIVE,
	/** The interval reaches zero. */
	NO_DIFFERENCE,
	/** The interval lies above zero. */
	EXCEEDED,
	/** No data. */
	NOT_MEASURED,
	/** Nothing to flag (a value without a test, not negative). */
	PLAIN;

	String css() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The tone of a customer gap with its Student-t interval. */
	static Tone of(Gap5Score gap5) {
		if (gap5.mean() == null) {
			return NOT_MEASURED;
		}
		if (gap5.ciLow() == null || gap5.ciHigh() == null) {
			return NO_DIFFERENCE;
		}
		return of(new Interval(gap5.ciLow(), gap5.ciHigh()), false);
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
			return NOT_MEASURED;
		}
		if (interval == null) {
			return (value < 0) ? INDICATIVE : NO_DIFFERENCE;
		}
		boolean sufficient = evidence == Evidence.SUFFICIENT;
		return switch (LevelStatus.of(value, interval)) {
			case SHORTFALL -> sufficient ? SHORTFALL : INDICATIVE;
			case EXCEEDED -> sufficient ? EXCEEDED : NO_DIFFERENCE;
			default -> NO_DIFFERENCE;
		};
	}

	/** The tone of a gap tested by its interval; {@code weak} when evidence is thin. */
	static Tone of(@Nullable Interval interval, boolean weak) {
		if (interval == null) {
			return NO_DIFFERENCE;
		}
		if (interval.below0()) {
			return weak ? INDICATIVE : SHORTFALL;
		}
		return interval.above0() ? EXCEEDED : NO_DIFFERENCE;
	}

}
