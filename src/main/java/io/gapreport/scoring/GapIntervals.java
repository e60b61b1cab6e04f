package io.gapreport.scoring;

import org.jspecify.annotations.Nullable;

/**
 * The 95% intervals of gaps 1 to 4 and the perception gap, each centred on the gap's
 * value (a reader never sees an interval that is not centred on its number) and null when
 * too few respondents give it a spread.
 *
 * @param gap1 Welch: managers' expectations minus customers'
 * @param gap2 Student: the standard minus each manager's expectation
 * @param gap3 Student: each audit visit's delivery minus the standard
 * @param gap4 Student: each audit visit's delivery minus the promise
 * @param perception Welch: customers' perception minus managers'
 */
public record GapIntervals(@Nullable Interval gap1, @Nullable Interval gap2, @Nullable Interval gap3,
		@Nullable Interval gap4, @Nullable Interval perception) {

	/** No interval at all. */
	public static final GapIntervals NONE = new GapIntervals(null, null, null, null, null);

	/** The interval of {@code gap}, or null. */
	public @Nullable Interval of(Gap gap) {
		return switch (gap) {
			case GAP1 -> this.gap1;
			case GAP2 -> this.gap2;
			case GAP3 -> this.gap3;
			case GAP4 -> this.gap4;
			case PERCEPTION -> this.perception;
		};
	}

}
