package io.gapreport.scoring;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import io.gapreport.survey.Level;
import org.jspecify.annotations.Nullable;

/**
 * A unit against the rest of the organisation ({@code vs_rest}, {@code nps_vs_rest}).
 *
 * @param levels per level, the unit's customer gap against the rest's; a level is missing
 * when either side has fewer than 2 values
 * @param overall the customers' mean P − E over every item, unit against rest; or null
 * @param nps the unit's NPS against the rest's, in points; or null
 */
public record UnitStanding(Map<Level, VsRest> levels, @Nullable VsRest overall, @Nullable VsRest nps) {

	public UnitStanding {
		levels = levels.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(levels));
	}

	/** The unit against the rest on {@code level}, or null when not measured. */
	public @Nullable VsRest level(Level level) {
		return this.levels.get(level);
	}

}
