package io.gapreport.survey;

/**
 * The answer scale of an engagement, e.g. 1 to 7.
 *
 * @param min the lowest valid answer
 * @param max the highest valid answer
 */
public record Scale(int min, int max) {

	/** The scale used when a workbook names none. */
	public static final Scale DEFAULT = new Scale(1, 7);

	public Scale {
		if (min >= max) {
			throw new IllegalArgumentException("scale min " + min + " must be below max " + max);
		}
	}

	/** Whether {@code value} is an answer on this scale. */
	public boolean contains(double value) {
		return value >= min && value <= max;
	}

	@Override
	public String toString() {
		return min + "-" + max;
	}

}
