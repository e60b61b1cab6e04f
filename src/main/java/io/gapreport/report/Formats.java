package io.gapreport.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Numbers, percentages and dates as a reader of the report's language writes them
 * ({@code −0,42} in Polish, {@code −0.42} in English), negative numbers with a true minus
 * sign (U+2212). The only place figures are rounded.
 */
public final class Formats {

	/** The minus sign of every negative number the report prints. */
	static final char MINUS = '\u2212';

	private final Locale locale;

	private final String notMeasured;

	private final DecimalFormat signed;

	private final DecimalFormat plain;

	private final DecimalFormat whole;

	private final DecimalFormat signedWhole;

	private final NumberFormat percent;

	private final DateTimeFormatter date;

	/**
	 * @param locale the report's language
	 * @param notMeasured what to print for a figure that was not measured
	 */
	public Formats(Locale locale, String notMeasured) {
		this.locale = locale;
		this.notMeasured = notMeasured;
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
		symbols.setMinusSign(MINUS);
		this.signed = new DecimalFormat("+0.00;-0.00", symbols);
		this.plain = new DecimalFormat("0.00", symbols);
		this.whole = new DecimalFormat("#,##0", symbols);
		this.signedWhole = new DecimalFormat("+0;-0", symbols);
		this.percent = NumberFormat.getPercentInstance(locale);
		this.percent.setMaximumFractionDigits(0);
		this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
	}

	public Locale locale() {
		return this.locale;
	}

	/** A gap with its sign, two decimals: {@code +0.50}, {@code 0.00}, {@code −0,42}. */
	public String gap(@Nullable Double value) {
		if (value == null) {
			return this.notMeasured;
		}
		String text = this.signed.format(value);
		boolean zero = text.substring(1).equals(this.plain.format(0.0));
		return zero ? this.plain.format(0.0) : text;
	}

	/**
	 * A bound of an interval that excludes zero, which must never read as zero: two
	 * decimals, or as many as it takes up to four ({@code −0.004}); beyond that
	 * {@code < 0} or {@code > 0}.
	 */
	public String nonZeroGap(double value) {
		for (int decimals = 2; decimals <= 4; decimals++) {
			String zeros = "0." + "0".repeat(decimals);
			DecimalFormat format = new DecimalFormat("+" + zeros + ";-" + zeros, this.signed.getDecimalFormatSymbols());
			String text = format.format(value);
			if (!text.substring(1).equals(new DecimalFormat(zeros, format.getDecimalFormatSymbols()).format(0.0))) {
				return text;
			}
		}
		return (value < 0) ? "< 0" : "> 0";
	}

	/** A mean on the answer scale, two decimals. */
	public String mean(@Nullable Double value) {
		return (value != null) ? this.plain.format(value) : this.notMeasured;
	}

	/** A share as a whole percentage, e.g. {@code 62%} or {@code 62 %}. */
	public String percent(@Nullable Double share) {
		return (share != null) ? this.percent.format(share) : this.notMeasured;
	}

	/** A count with the language's grouping. */
	public String count(long value) {
		return this.whole.format(value);
	}

	/** A score in whole points with its sign, e.g. NPS {@code +12}. */
	public String points(@Nullable Double value) {
		if (value == null) {
			return this.notMeasured;
		}
		long rounded = Math.round(value);
		return (rounded == 0) ? "0" : this.signedWhole.format(rounded);
	}

	/** A margin in whole points, e.g. {@code 8}. */
	public String margin(@Nullable Double value) {
		return (value != null) ? this.whole.format(Math.round(value)) : this.notMeasured;
	}

	/** A p-value with its relation: {@code p = 0.023}, or {@code p < 0.001}. */
	public String probability(double p) {
		DecimalFormat three = new DecimalFormat("0.000", this.plain.getDecimalFormatSymbols());
		// no-break spaces: a p-value never breaks across lines
		return (p < 0.001) ? "p\u00a0<\u00a0" + three.format(0.001) : "p\u00a0=\u00a0" + three.format(p);
	}

	/** A date, written out in the language, e.g. {@code 25 listopada 2026}. */
	public String date(@Nullable LocalDate value) {
		return (value != null) ? this.date.format(value) : this.notMeasured;
	}

	/** What is printed for a figure that was not measured. */
	public String notMeasured() {
		return this.notMeasured;
	}

}
