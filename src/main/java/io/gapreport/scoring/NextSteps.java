package io.gapreport.scoring;

import java.util.List;

/**
 * What the report tells the client to do: how much the managers' and audit findings can
 * carry, the actions in priority order, and what the next wave should collect.
 *
 * @param management how many managers the management findings rest on
 * @param audits how many audit visits the delivery findings rest on
 * @param actions findings to act on, in the order of {@code scoring.md}: foundation
 * levels and questions, upper levels, gaps, first-contact resolution
 * @param collect what the next wave should add
 */
public record NextSteps(Evidence management, Evidence audits, List<Action> actions, List<Collect> collect) {

	public NextSteps {
		actions = List.copyOf(actions);
		collect = List.copyOf(collect);
	}

	/**
	 * How much the findings on {@code gap} can carry: the audits' evidence for gaps 3 and
	 * 4, the managers' for the others.
	 */
	public Evidence evidence(Gap gap) {
		return gap.restsOnAudits() ? this.audits : this.management;
	}

}
