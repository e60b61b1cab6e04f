package io.gapreport.testing;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a command printed, line by line, each line without the date and time it starts
 * with; a line without them fails the test.
 */
public final class ConsoleLines {

	/** The start of every console line: {@code 2026-11-29 02:00:07 }. */
	public static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d ");

	private ConsoleLines() {
	}

	/** The lines of {@code console}, each without its timestamp. */
	public static List<String> of(Object console) {
		return console.toString().lines().map(ConsoleLines::withoutTimestamp).toList();
	}

	/** The text of {@code console} without the timestamps, lines joined by newlines. */
	public static String text(Object console) {
		return String.join("\n", of(console));
	}

	private static String withoutTimestamp(String line) {
		Matcher timestamp = TIMESTAMP.matcher(line);
		if (!timestamp.lookingAt()) {
			throw new AssertionError("a console line without its date and time: " + line);
		}
		return line.substring(timestamp.end());
	}

}
