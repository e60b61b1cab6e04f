package io.gapreport.report;

import org.openpdf.css.style.CalculatedStyle;
import org.openpdf.layout.breaker.BreakPoint;
import org.openpdf.layout.breaker.BreakPointsProvider;
import org.openpdf.layout.breaker.DefaultLineBreakingStrategy;
import org.openpdf.layout.breaker.LineBreakingStrategy;

/**
 * Where the PDF renderer may wrap a line: where Java's line break iterator allows it (the
 * renderer's default), except inside a number. That iterator does not count the minus
 * sign U+2212 or a plus as part of a number, and so wraps {@code −0,30} after the decimal
 * comma, leaving {@code −0,} at the end of one line and {@code 30} at the start of the
 * next; a word joiner (U+2060) does not stop it. Here no line breaks after a sign
 * followed by a digit, between a digit, a decimal or grouping separator and a digit, or
 * before a percent sign.
 */
final class NumberLineBreaks implements LineBreakingStrategy {

	private static final char MINUS = '\u2212';

	private final LineBreakingStrategy delegate = new DefaultLineBreakingStrategy();

	@Override
	public BreakPointsProvider getBreakPointsProvider(String text, String lang, CalculatedStyle style) {
		BreakPointsProvider points = this.delegate.getBreakPointsProvider(text, lang, style);
		return () -> {
			BreakPoint point = points.next();
			while (point.getPosition() > 0 && insideNumber(text, point.getPosition())) {
				point = points.next();
			}
			return point;
		};
	}

	/** Whether a line break before {@code text.charAt(position)} would split a number. */
	static boolean insideNumber(String text, int position) {
		if (position <= 0 || position >= text.length()) {
			return false;
		}
		char before = text.charAt(position - 1);
		char after = text.charAt(position);
		if (after == '%') {
			return true;
		}
		if (!Character.isDigit(after)) {
			return false;
		}
		if (before == MINUS || before == '+') {
			return true;
		}
		return (before == ',' || before == '.') && position >= 2 && Character.isDigit(text.charAt(position - 2));
	}

}
