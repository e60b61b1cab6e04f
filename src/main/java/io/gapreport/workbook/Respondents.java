package io.gapreport.workbook;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Decides whether a respondent row is rejected: blank id, an id an earlier row had, or no
 * valid answer at all.
 */
final class Respondents {

	private final Map<String, Integer> firstRows = new HashMap<>();

	/**
	 * Why the row is rejected, or null when it is kept.
	 * @param id the trimmed respondent id
	 * @param row the 1-based row number
	 * @param valid how many valid answers the row has
	 */
	@Nullable String rejection(String id, int row, int valid) {
		if (id.isEmpty()) {
			return "respondent id is blank";
		}
		Integer first = this.firstRows.putIfAbsent(id, row);
		if (first != null) {
			return "respondent id repeats row " + first;
		}
		return (valid == 0) ? "no valid answer" : null;
	}

}
