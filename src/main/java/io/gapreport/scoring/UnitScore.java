package io.gapreport.scoring;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One unit of a workbook, scored on its own data and set against the rest.
 *
 * @param unit the unit as written in the Units sheet, else as first written in Customers
 * @param name the name printed on its report
 * @param recipients its managers' addresses (Units sheet)
 * @param n its kept customers
 * @param scores every version-3 score of the unit's data; null when it is suppressed
 * (fewer than {@code min_group_size} customers)
 * @param standing the unit against the rest; null when it is suppressed
 */
public record UnitScore(String unit, String name, List<String> recipients, int n, @Nullable Scores scores,
		@Nullable UnitStanding standing) {

	public UnitScore {
		recipients = List.copyOf(recipients);
	}

	/** Whether the unit has too few customers for a report of its own. */
	public boolean suppressed() {
		return this.scores == null;
	}

}
