package io.gapreport.survey;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A unit (branch, store, hotel, team) as the optional Units sheet gives it.
 *
 * @param written the unit as written in the Units sheet, trimmed
 * @param name the name printed on its report: the sheet's {@code name}, else
 * {@code written}
 * @param recipients its managers' addresses
 */
public record Unit(String written, String name, List<String> recipients) {

	public Unit {
		Objects.requireNonNull(written, "written");
		Objects.requireNonNull(name, "name");
		recipients = List.copyOf(recipients);
	}

	/** The key units are compared by: {@link #keyOf} of {@link #written}. */
	public String key() {
		return keyOf(this.written);
	}

	/**
	 * How two spellings of a unit are compared: trimmed, composed (NFC) and case-folded
	 * ({@code ŁÓDŹ}, {@code łódź} and {@code Łódź} are one unit); null for a blank unit.
	 */
	public static String keyOf(String text) {
		String composed = Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
		// upper then lower case folds the letters that lower case alone keeps apart
		// (final sigma, the German sharp s)
		return composed.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
	}

}
