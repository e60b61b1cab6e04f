package io.gapreport.scoring;

import java.util.List;

import io.gapreport.survey.Level;
import org.jspecify.annotations.Nullable;

/**
 * A finding the report tells the client to act on, with the item codes it rests on and
 * what the next wave should show. An indicative action rests on too little evidence (too
 * few managers, audit visits or customers): a lead to check, never a proven result, and
 * without a goal.
 */
public sealed interface Action {

	/** Up to three item codes, worst first. */
	List<String> evidence();

	/**
	 * Whether the finding rests on too little evidence to count as proven; a level or
	 * question shortfall never does (its interval rests on the customers).
	 */
	default boolean indicative() {
		return false;
	}

	/**
	 * What the next wave should show: half the gap closed, or the rest's rate for a
	 * channel; null for an indicative finding, whose goal is to confirm or dismiss it.
	 */
	@Nullable Double goal();

	/**
	 * The kind as written in scores.json: {@code level}, {@code item}, {@code gap} or
	 * {@code fcr}.
	 */
	String kind();

	/**
	 * The target as written in scores.json, e.g. {@code availability}, {@code V2},
	 * {@code gap4} or {@code phone}.
	 */
	String target();

	/**
	 * An expectation level whose customer gap falls short beyond chance.
	 *
	 * @param level the level
	 * @param gap its customer gap (the mean)
	 * @param evidence its items whose interval lies below zero, worst first
	 */
	record LevelShortfall(Level level, double gap, List<String> evidence) implements Action {

		public LevelShortfall {
			evidence = List.copyOf(evidence);
		}

		@Override
		public Double goal() {
			return this.gap / 2;
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
	 * A foundation question whose customer gap falls short beyond chance while its level
	 * as a whole does not.
	 *
	 * @param code the question's code
	 * @param level its level (accuracy or availability)
	 * @param gap its customer gap (the mean)
	 */
	record QuestionShortfall(String code, Level level, double gap) implements Action {

		@Override
		public List<String> evidence() {
			return List.of(this.code);
		}

		@Override
		public Double goal() {
			return this.gap / 2;
		}

		@Override
		public String kind() {
			return "item";
		}

		@Override
		public String target() {
			return this.code;
		}

	}

	/**
	 * One of gaps 1 to 4 or the perception gap: a shortfall beyond chance, or a negative
	 * value without an interval (always indicative).
	 *
	 * @param gap the gap
	 * @param value its overall value
	 * @param evidence the items with the most negative values of that gap
	 * @param indicative whether it rests on too few managers or visits, or has no
	 * interval
	 */
	record GapShortfall(Gap gap, double value, List<String> evidence, boolean indicative) implements Action {

		public GapShortfall {
			evidence = List.copyOf(evidence);
		}

		@Override
		public @Nullable Double goal() {
			return this.indicative ? null : this.value / 2;
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

	/**
	 * A channel that solves no more problems at the first contact than the rest of the
	 * industry; indicative unless its interval proves it.
	 *
	 * @param fcr the channel's first-contact resolution, with position {@code rest}
	 */
	record FcrShortfall(FcrScore fcr) implements Action {

		@Override
		public List<String> evidence() {
			return List.of();
		}

		@Override
		public boolean indicative() {
			return !Boolean.TRUE.equals(this.fcr.proven());
		}

		@Override
		public @Nullable Double goal() {
			return indicative() ? null : this.fcr.rest();
		}

		@Override
		public String kind() {
			return "fcr";
		}

		@Override
		public String target() {
			return this.fcr.channel();
		}

	}

}
