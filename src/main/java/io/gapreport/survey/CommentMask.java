package io.gapreport.survey;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Makes a customer's comment safe to print ({@code voice.md}, "A comment as it may be
 * printed"): whitespace runs become one space, e-mail addresses become {@code [e-mail]},
 * phone numbers {@code [phone]}, and a text longer than 280 characters is cut at its last
 * space among the first 279, followed by {@code …}. Invisible direction controls and
 * other control characters are dropped first, so that no comment can turn the report's
 * text around. The masked text is plain text: templates escape it as they print it.
 */
public final class CommentMask {

	/** The longest text printed, in characters (code points), with the ellipsis. */
	public static final int MAX_LENGTH = 280;

	/** The fewest space-separated words a quotable comment holds. */
	public static final int MIN_QUOTED_WORDS = 3;

	private static final Pattern CONTROLS = Pattern
		.compile("[\\u200E\\u200F\\u061C\\u202A-\\u202E\\u2066-\\u2069\\p{Cc}&&[^\\t\\n\\r\\f\\u000B]]");

	private static final Pattern WHITESPACE = Pattern.compile("(?U)\\s+");

	private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

	private static final Pattern PHONE_RUN = Pattern.compile("[0-9+(][0-9 ./()-]*[0-9]");

	private static final int PHONE_DIGITS = 9;

	private CommentMask() {
	}

	/**
	 * The comment as it may be printed: empty for a blank one.
	 * @param raw the comment as the customer wrote it
	 * @return the masked text
	 */
	public static String mask(String raw) {
		String text = CONTROLS.matcher(raw).replaceAll("");
		text = WHITESPACE.matcher(text).replaceAll(" ").strip();
		text = EMAIL.matcher(text).replaceAll("[e-mail]");
		text = phones(text);
		return truncated(text);
	}

	/**
	 * Whether a masked text may be quoted: it holds at least 3 space-separated words.
	 * @param masked a text from {@link #mask}
	 * @return whether it may be quoted
	 */
	public static boolean quotable(String masked) {
		return !masked.isEmpty() && masked.split(" ").length >= MIN_QUOTED_WORDS;
	}

	/**
	 * Whether a comment counts as one: not null and not blank.
	 * @param raw the comment as the customer wrote it, or null
	 * @return whether it holds any text
	 */
	public static boolean present(@Nullable String raw) {
		return raw != null && !mask(raw).isEmpty();
	}

	private static String phones(String text) {
		Matcher matcher = PHONE_RUN.matcher(text);
		StringBuilder out = new StringBuilder(text.length());
		while (matcher.find()) {
			String run = matcher.group();
			boolean phone = run.chars().filter(Character::isDigit).count() >= PHONE_DIGITS;
			matcher.appendReplacement(out, phone ? "[phone]" : Matcher.quoteReplacement(run));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	private static String truncated(String text) {
		if (text.codePointCount(0, text.length()) <= MAX_LENGTH) {
			return text;
		}
		String head = text.substring(0, text.offsetByCodePoints(0, MAX_LENGTH - 1));
		int space = head.lastIndexOf(' ');
		return ((space > 0) ? head.substring(0, space) : head) + "…";
	}

}
