package io.gapreport.scoring;

import java.util.List;

/**
 * What the report tells the client to do: how much the managers' and audit findings can
 * carry, the actions in priority order, and what the next wave should collect.
 *
 * @param management how many managers the management findings rest on
 * @param audits how many audit visits the delivery findings rest on
 * @param actions findings to act on, falling levels first, then gaps
 * @param collect what the next wave should add
 */
public record NextSteps(Evidence management, Evidence audits, List<Action> actions, List<Collect> collect) {

	public NextSteps {
		actions = List.copyOf(actions);
		collect = List.copyOf(collect);
	}

}
