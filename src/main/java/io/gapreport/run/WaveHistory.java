package io.gapreport.run;

import java.util.List;

import io.gapreport.scoring.Scores;
import io.gapreport.scoring.TrendPoint;
import io.gapreport.survey.Engagement;

/**
 * The headline scores of every reported wave, kept so that a report can show the trend.
 */
public interface WaveHistory {

	/**
	 * This client's reported waves that come before {@code engagement}'s wave, oldest
	 * first.
	 */
	List<TrendPoint> earlierWaves(Engagement engagement);

	/**
	 * Keeps {@code scores}' headline figures, replacing any earlier record of the same
	 * wave.
	 */
	void record(Scores scores);

	/**
	 * This client's unit's reported waves that come before {@code engagement}'s wave,
	 * oldest first.
	 * @param unitKey the unit as units are compared ({@code Unit.keyOf})
	 */
	List<TrendPoint> earlierUnitWaves(Engagement engagement, String unitKey);

	/**
	 * Keeps the headline figures of one unit's {@code scores} (its own data), replacing
	 * any earlier record of the same client, unit and wave.
	 * @param unit the unit as written
	 */
	void recordUnit(Scores scores, String unit);

	/** A history that remembers nothing (for validation). */
	WaveHistory NONE = new WaveHistory() {

		@Override
		public List<TrendPoint> earlierWaves(Engagement engagement) {
			return List.of();
		}

		@Override
		public void record(Scores scores) {
		}

		@Override
		public List<TrendPoint> earlierUnitWaves(Engagement engagement, String unitKey) {
			return List.of();
		}

		@Override
		public void recordUnit(Scores scores, String unit) {
		}

	};

}
