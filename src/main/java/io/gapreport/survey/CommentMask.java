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
		String text = spaced(raw);
		if (text.indexOf('@') >= 0) {
			text = EMAIL.matcher(text).replaceAll("[e-mail]");
		}
		if (text.chars().filter((c) -> c >= '0' && c <= '9').count() >= PHONE_DIGITS) {
			text = phones(text);
		}
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
		if (raw == null) {
			return false;
		}
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (!isSpace(c) && !isDropped(c)) {
				return true;
			}
		}
		return false;
	}

	/** Step 1 in one pass: controls dropped, whitespace runs one space, trimmed. */
	private static String spaced(String raw) {
		StringBuilder out = new StringBuilder(raw.length());
		boolean space = false;
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (isSpace(c)) {
				space = out.length() > 0;
			}
			else if (!isDropped(c)) {
				if (space) {
					out.append(' ');
					space = false;
				}
				out.append(c);
			}
		}
		return out.toString();
	}

	private static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c);
	}

	/** Direction marks, embeddings, overrides and isolates, and other controls. */
	private static boolean isDropped(char c) {
		return c == '\u200E' || c == '\u200F' || c == '\u061C' || (c >= '\u202A' && c <= '\u202E')
				|| (c >= '\u2066' && c <= '\u2069') || Character.getType(c) == Character.CONTROL;
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
