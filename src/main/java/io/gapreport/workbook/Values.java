package io.gapreport.workbook;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * How cell text becomes a value: numbers (with a decimal point or comma), the words that
 * mean "not answered", yes/no words and channel names.
 */
final class Values {

	private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][+-]?\\d{1,3})?");

	private Values() {
	}

	/** Whether trimmed {@code text} means "not answered": blank, N/A, - or ?. */
	static boolean notAnswered(String text) {
		return text.isEmpty() || text.equals("-") || text.equals("?") || text.equalsIgnoreCase("n/a");
	}

	/** The number that trimmed {@code text} spells ({@code 5}, {@code 5,0}), or NaN. */
	static double number(String text) {
		if (!NUMBER.matcher(text).matches()) {
			return Double.NaN;
		}
		return Double.parseDouble(text.replace(',', '.'));
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
