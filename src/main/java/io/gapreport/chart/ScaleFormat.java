package io.gapreport.chart;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/**
 * A value axis' numbers up to the top of the answer scale, and none past it: the room a
 * phone's lying bars keep past the scale for their values shows no number the scale does
 * not have.
 */
final class ScaleFormat extends NumberFormat {

	private static final long serialVersionUID = 1L;

	private final NumberFormat format;

	private final double top;

	ScaleFormat(NumberFormat format, double top) {
		this.format = format;
		this.top = top;
	}

	@Override
	public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
		return (number > this.top + 1e-9) ? toAppendTo : this.format.format(number, toAppendTo, pos);
	}

	@Override
	public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
		return format((double) number, toAppendTo, pos);
	}

	@Override
	public Number parse(String source, ParsePosition parsePosition) {
		return this.format.parse(source, parsePosition);
	}

}
