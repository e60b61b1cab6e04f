package io.gapreport.scoring;

import java.util.Locale;

/**
 * What the data show about an expectation level: a proven shortfall, a proven excess, or
 * no difference that chance could not explain. A negative gap whose interval reaches zero
 * is {@link #NO_DIFFERENCE}, never "met".
 */
public enum LevelStatus {

	/** The 95% interval of the level's customer gap lies wholly below zero. */
	SHORTFALL,
	/**
	 * The interval reaches zero (or there is a single customer): no proven difference.
	 */
	NO_DIFFERENCE,
	/** The 95% interval lies wholly above zero. */
	EXCEEDED,
	/** No customer answered the level's items. */
	NOT_MEASURED;

	/** The status as written in scores.json, e.g. {@code no_difference}. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	static LevelStatus of(Gap5Score gap5) {
		if (gap5.n() == 0) {
			return NOT_MEASURED;
		}
		if (gap5.isShortfall()) {
			return SHORTFALL;
		}
		return (gap5.ciLow() != null && gap5.ciLow() > 0) ? EXCEEDED : NO_DIFFERENCE;
	}

}
