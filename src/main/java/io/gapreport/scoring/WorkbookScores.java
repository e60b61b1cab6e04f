package io.gapreport.scoring;

import java.util.List;

/**
 * A workbook's scores: the client's and, when its kept customers name at least two units,
 * every unit's.
 *
 * @param client the client's scores, over every kept customer
 * @param units the units, Units-sheet order first, then units named only in Customers in
 * order of first appearance; empty with fewer than two units
 */
public record WorkbookScores(Scores client, List<UnitScore> units) {

	public WorkbookScores {
		units = List.copyOf(units);
	}

}
