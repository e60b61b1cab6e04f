package io.gapreport.chart;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/**
 * Prints a number with its sign as the report does: {@code +0.20}, {@code 0.00},
 * {@code −0.15}; a value that rounds to zero has no sign.
 */
final class SignedFormat extends NumberFormat {

	private static final long serialVersionUID = 1L;

	private final NumberFormat unsigned;

	/**
	 * @param unsigned the format of the magnitude (with a true minus sign)
	 */
	SignedFormat(NumberFormat unsigned) {
		this.unsigned = unsigned;
	}

	@Override
	public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
		String magnitude = this.unsigned.format(Math.abs(number));
		String zero = this.unsigned.format(0.0);
		if (magnitude.equals(zero) || Double.isNaN(number)) {
			return toAppendTo.append(magnitude);
		}
		return toAppendTo.append((number < 0) ? ChartStyle.MINUS : '+').append(magnitude);
	}

	@Override
	public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
		return format((double) number, toAppendTo, pos);
	}

	@Override
	public Number parse(String source, ParsePosition parsePosition) {
		throw new UnsupportedOperationException("a chart label format only prints");
	}

}
