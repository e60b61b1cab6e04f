package io.gapreport.scoring;

import java.util.Locale;

/**
 * How much a source of findings (the managers surveyed, the audit visits) can carry: a
 * finding from fewer respondents than the workbook's minimum group size is a lead to
 * check, not a verdict.
 */
public enum Evidence {

	/** No respondent of this kind. */
	NONE,
	/** Fewer than {@code min_group_size} respondents. */
	INDICATIVE,
	/** At least {@code min_group_size} respondents. */
	SUFFICIENT;

	/** The word written in scores.json, e.g. {@code indicative}. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Evidence of(int respondents, int minGroupSize) {
		if (respondents == 0) {
			return NONE;
		}
		return (respondents < minGroupSize) ? INDICATIVE : SUFFICIENT;
	}

}
