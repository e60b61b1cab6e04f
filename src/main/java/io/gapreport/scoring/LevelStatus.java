package io.gapreport.scoring;

import java.util.Locale;

/** Whether an expectation level falls short of what customers expect. */
public enum LevelStatus {

	/** The 95% interval of the level's customer gap lies wholly below zero. */
	SHORTFALL,
	/** Customers were asked and the level does not fall short beyond chance. */
	MET,
	/** No customer answered the level's items. */
	NOT_MEASURED;

	/** The status as written in scores.json, e.g. {@code not_measured}. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

}
