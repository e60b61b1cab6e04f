package io.gapreport.workbook;

import java.util.List;
import java.util.Locale;

import io.gapreport.survey.Scale;
import org.jspecify.annotations.Nullable;

/**
 * Counts a workbook's numeric answers as they stream past, so that a workbook whose data
 * cannot carry a report fails instead: no customer kept at all, or so many answers off
 * the scale that the scale itself looks wrong.
 */
final class AnswerTally {

	/** The scales surveys commonly use, narrowest first for each starting point. */
	private static final List<Scale> USUAL = List.of(new Scale(1, 5), new Scale(1, 7), new Scale(1, 9),
			new Scale(1, 10), new Scale(0, 10), new Scale(1, 100), new Scale(0, 100));

	private long answers;

	private long offScale;

	private double lowest = Double.POSITIVE_INFINITY;

	private double highest = Double.NEGATIVE_INFINITY;

	private int customerRows;

	private int customersKept;

	void answer(double value, boolean onScale) {
		this.answers++;
		if (!onScale) {
			this.offScale++;
		}
		this.lowest = Math.min(this.lowest, value);
		this.highest = Math.max(this.highest, value);
	}

	void customerRow(boolean kept) {
		this.customerRows++;
		if (kept) {
			this.customersKept++;
		}
	}

	/**
	 * Why the answers cannot carry a report, or null: more than a fifth of them off the
	 * scale, or no customer row kept.
	 * @param scale the workbook's scale
	 * @param scaleCell where the scale is set, e.g. {@code Engagement!B5}
	 */
	@Nullable String problem(Scale scale, String scaleCell) {
		if (this.offScale * 5 > this.answers) {
			Scale fits = USUAL.stream()
				.filter((usual) -> usual.contains(this.lowest) && usual.contains(this.highest))
				.min((a, b) -> Integer.compare(a.max() - a.min(), b.max() - b.min()))
				.orElse(null);
			String values = "and they run from " + number(this.lowest) + " to " + number(this.highest);
			return String.format(Locale.ROOT,
					"Customers: the scale looks wrong: %d of %d answers (%d%%) are outside the scale %s (%s), %s%s",
					this.offScale, this.answers, Math.round(100.0 * this.offScale / this.answers), scale, scaleCell,
					values,
					(fits != null)
							? ", which fits a " + fits + " scale: set scale to " + fits + " or correct the answers"
							: ", which fits no usual scale: correct the answers");
		}
		if (this.customersKept == 0) {
			return (this.customerRows == 0) ? "Customers: no customer rows below the header: nothing to report"
					: "Customers: none of the " + this.customerRows
							+ " customer rows has a valid answer (see the rejected rows): nothing to report";
		}
		return null;
	}

	private static String number(double value) {
		return (value == Math.rint(value) && Math.abs(value) < 1e9) ? String.valueOf((long) value)
				: String.valueOf(value);
	}

}
