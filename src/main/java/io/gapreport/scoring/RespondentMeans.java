package io.gapreport.scoring;

import java.util.EnumMap;
import java.util.Map;

import io.gapreport.survey.Level;

/**
 * The spread of one group's respondent means (customers' or managers' expectations or
 * perceptions, or a manager's or audit visit's differences from the standards): each
 * respondent's mean over the items of a level they answered, and over all items they
 * answered. Two groups of answers give the Welch intervals of gap 1 and the perception
 * gap; one group of differences gives the Student intervals of gaps 2 to 4.
 */
final class RespondentMeans {

	private final int[] levelOf;

	private final Map<Level, Moments> levels = new EnumMap<>(Level.class);

	private final Moments overall = new Moments();

	RespondentMeans(int[] levelOf) {
		this.levelOf = levelOf;
		for (Level level : Level.values()) {
			this.levels.put(level, new Moments());
		}
	}

	/**
	 * Adds one respondent's answers, indexed like the questionnaire; NaN = unanswered
	 * (for a difference: no answer or no reference).
	 */
	void add(double[] answers) {
		int levelCount = Level.values().length;
		double[] sums = new double[levelCount];
		int[] counts = new int[levelCount];
		double sum = 0;
		int count = 0;
		for (int i = 0; i < answers.length; i++) {
			if (!Double.isNaN(answers[i])) {
				sums[this.levelOf[i]] += answers[i];
				counts[this.levelOf[i]]++;
				sum += answers[i];
				count++;
			}
		}
		for (Level level : Level.values()) {
			if (counts[level.ordinal()] > 0) {
				this.levels.get(level).add(sums[level.ordinal()] / counts[level.ordinal()]);
			}
		}
		if (count > 0) {
			this.overall.add(sum / count);
		}
	}

	Moments level(Level level) {
		return this.levels.get(level);
	}

	Moments overall() {
		return this.overall;
	}

}
