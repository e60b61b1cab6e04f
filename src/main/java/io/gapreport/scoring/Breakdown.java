package io.gapreport.scoring;

import java.util.Map;

import io.gapreport.survey.Level;
import org.jspecify.annotations.Nullable;

/**
 * The customer gap of one group of customers (a segment or a channel). A group smaller
 * than the engagement's minimum group size is suppressed: only its size is shown, so that
 * no one can single out a respondent.
 *
 * @param by {@code segment} or {@code channel}
 * @param value the segment or channel
 * @param n customers in the group
 * @param suppressed whether the group is too small to show
 * @param levels mean customer gap per level (null values when unmeasured); empty when
 * suppressed
 * @param overall mean of the non-null level values; null when none or suppressed
 */
public record Breakdown(String by, String value, int n, boolean suppressed, Map<Level, @Nullable Double> levels,
		@Nullable Double overall) {

}
