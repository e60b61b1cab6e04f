package io.gapreport.workbook;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a cell of e-mail addresses (Engagement {@code recipients}, Units
 * {@code recipients}): separated by commas, semicolons or line breaks, each one plain
 * address, a repeat (ignoring case) left out.
 */
final class Recipients {

	/**
	 * One plain address: a dot-atom local part, {@code @}, and a domain of at least two
	 * labels; no display name, comment, quotes or angle brackets.
	 */
	private static final Pattern ADDRESS = Pattern.compile(
			"[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+(\\.[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+)*@([\\p{L}\\p{N}]([\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+[\\p{L}\\p{N}]{2,}");

	/** Longest address SMTP carries (RFC 5321 path limit). */
	static final int MAX_ADDRESS = 254;

	private Recipients() {
	}

	/**
	 * The addresses in {@code text}, adding a workbook error to {@code errors} for each
	 * one that is not one plain address.
	 * @param text the cell's text
	 * @param where the cell, e.g. {@code "Engagement!B7: "}
	 * @param errors where workbook errors go
	 * @param refusePlaceholders whether the template's placeholder addresses are errors
	 * @return the addresses, in the order given
	 */
	static List<String> read(String text, String where, List<String> errors, boolean refusePlaceholders) {
		List<String> recipients = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		List<String> placeholders = new ArrayList<>();
		for (String address : text.split("[,;\\r\\n]")) {
			String trimmed = address.strip();
			if (trimmed.isEmpty()) {
				continue;
			}
			if (trimmed.length() > MAX_ADDRESS || !ADDRESS.matcher(trimmed).matches()) {
				errors.add(where + "recipient \"" + trimmed
						+ "\" is not one plain e-mail address (name@domain, no display name, comment or brackets)");
			}
			else if (refusePlaceholders && Placeholders.isRecipient(trimmed)) {
				placeholders.add(trimmed);
			}
			else if (seen.add(trimmed.toLowerCase(Locale.ROOT))) {
				recipients.add(trimmed);
			}
		}
		if (!placeholders.isEmpty()) {
			errors.add(where + "recipients " + String.join(", ", placeholders)
					+ " are the template's placeholders: type the real addresses, or leave recipients blank");
		}
		return recipients;
	}

}
