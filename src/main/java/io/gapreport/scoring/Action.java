package io.gapreport.scoring;

import java.util.List;

import io.gapreport.survey.Level;

/**
 * A finding the report tells the client to act on, with the item codes it rests on. An
 * indicative action rests on too few managers or audit visits: a lead to check, never a
 * proven result.
 */
public sealed interface Action {

	/** Up to three item codes, worst first. */
	List<String> evidence();

	/** Whether the finding rests on too little evidence to count as proven. */
	boolean indicative();

	/** The kind as written in scores.json: {@code level} or {@code gap}. */
	String kind();

	/**
	 * The target as written in scores.json, e.g. {@code availability} or {@code gap4}.
	 */
	String target();

	/**
	 * An expectation level whose customer gap falls short beyond chance.
	 *
	 * @param level the level
	 * @param evidence its items whose interval lies below zero, worst first
	 */
	record LevelShortfall(Level level, List<String> evidence) implements Action {

		public LevelShortfall {
			evidence = List.copyOf(evidence);
		}

		@Override
		public boolean indicative() {
			return false;
		}

		@Override
		public String kind() {
			return "level";
		}

		@Override
		public String target() {
			return this.level.key();
		}

	}

	/**
	 * One of gaps 1 to 4 or the perception gap showing a shortfall.
	 *
	 * @param gap the gap
	 * @param value its overall value
	 * @param evidence the items with the most negative values of that gap
	 * @param indicative whether it rests on too few managers or visits
	 */
	record GapShortfall(Gap gap, double value, List<String> evidence, boolean indicative) implements Action {

		public GapShortfall {
			evidence = List.copyOf(evidence);
		}

		@Override
		public String kind() {
			return "gap";
		}

		@Override
		public String target() {
			return this.gap.key();
		}

	}

}
