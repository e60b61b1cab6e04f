package io.gapreport.survey;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The client's sector, which words the report's actions: a bank is told about transfers
 * and statements, a hotel about bookings and the stay, never the other way round.
 * {@link #OTHER} words them for any firm.
 */
public enum Sector {

	BANKING, RETAIL, HOSPITALITY, LOGISTICS, TELECOM, PUBLIC, OTHER;

	/**
	 * The sectors as written in the Engagement sheet, in the order the documentation
	 * lists them.
	 */
	public static final List<String> KEYS = Stream.of(values()).map(Sector::key).toList();

	/** The sector's name as written in workbooks, e.g. {@code banking}. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The sector named by {@code text} (trimmed, any case), or empty when it names none.
	 */
	public static Optional<Sector> parse(String text) {
		String wanted = text.strip().toLowerCase(Locale.ROOT);
		return Stream.of(values()).filter((sector) -> sector.key().equals(wanted)).findFirst();
	}

}
