package io.gapreport.workbook;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * How cell text becomes a value: numbers (with a decimal point or comma), the words that
 * mean "not answered", yes/no words and channel names.
 */
final class Values {

	private Values() {
	}

	/** Whether trimmed {@code text} means "not answered": blank, N/A, - or ?. */
	static boolean notAnswered(String text) {
		return text.isEmpty() || text.equals("-") || text.equals("?") || text.equalsIgnoreCase("n/a");
	}

	/**
	 * The number that trimmed {@code text} spells ({@code 5}, {@code 5,0}, {@code -.5},
	 * {@code 1e2}: optional sign, digits with one decimal point or comma, an optional
	 * exponent of up to three digits), or NaN.
	 */
	static double number(String text) {
		int i = 0;
		int length = text.length();
		if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
			i++;
		}
		int digits = 0;
		boolean point = false;
		for (; i < length; i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				digits++;
			}
			else if ((c == '.' || c == ',') && !point) {
				point = true;
			}
			else {
				break;
			}
		}
		if (digits == 0) {
			return Double.NaN;
		}
		if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
			int exponent = ++i;
			if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
				exponent = ++i;
			}
			while (i < length && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
				i++;
			}
			if (i == exponent || i - exponent > 3) {
				return Double.NaN;
			}
		}
		return (i == length) ? Double.parseDouble(text.replace(',', '.')) : Double.NaN;
	}

	/**
	 * The yes/no answer that trimmed {@code text} spells in English or in a report
	 * language (tak/nie, ano/ne, да/нет), or null if none.
	 */
	static @Nullable Boolean yesNo(String text) {
		return switch (text.toLowerCase(Locale.ROOT)) {
			case "yes", "y", "true", "1", "tak", "ano", "да" -> Boolean.TRUE;
			case "no", "n", "false", "0", "nie", "ne", "нет" -> Boolean.FALSE;
			default -> null;
		};
	}

	/**
	 * A channel, trimmed and lower-case, {@code e-mail} as {@code email}; null if blank.
	 */
	static @Nullable String channel(String text) {
		String channel = text.strip().toLowerCase(Locale.ROOT);
		if (channel.isEmpty()) {
			return null;
		}
		return channel.equals("e-mail") ? "email" : channel;
	}

	/** Cell text as shown to people: an error cell as its code, e.g. {@code #DIV/0!}. */
	static String shown(String text) {
		return SheetRow.isError(text) ? SheetRow.errorCode(text) : text;
	}

}
