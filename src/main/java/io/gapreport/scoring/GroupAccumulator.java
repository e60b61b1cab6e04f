package io.gapreport.scoring;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.gapreport.survey.Level;
import org.jspecify.annotations.Nullable;

/** The customers of one segment or channel, for the breakdowns. */
final class GroupAccumulator {

	private final String by;

	private final String value;

	private int customers;

	private final Map<Level, Moments> levels = new EnumMap<>(Level.class);

	GroupAccumulator(String by, String value) {
		this.by = by;
		this.value = value;
		for (Level level : Level.values()) {
			this.levels.put(level, new Moments());
		}
	}

	/**
	 * @param levelGaps the customer's mean P - E per level, {@code NaN} where none
	 */
	void add(double[] levelGaps) {
		this.customers++;
		for (Level level : Level.values()) {
			this.levels.get(level).addIfAnswered(levelGaps[level.ordinal()]);
		}
	}

	Breakdown breakdown(int minGroupSize) {
		if (this.customers < minGroupSize) {
			return new Breakdown(this.by, this.value, this.customers, true, Map.of(), null);
		}
		Map<Level, @Nullable Double> means = new EnumMap<>(Level.class);
		for (Level level : Level.values()) {
			means.put(level, this.levels.get(level).mean());
		}
		Double overall = Means.ofNonNull(List.of(Level.values()), means::get);
		return new Breakdown(this.by, this.value, this.customers, false, means, overall);
	}

}
