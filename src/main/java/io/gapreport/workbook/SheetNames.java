package io.gapreport.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What to tell a consultant whose required sheet is missing: the sheets the workbook has,
 * and the one they probably meant when a name is a near-miss ({@code Custmers}).
 */
final class SheetNames {

	private SheetNames() {
	}

	/**
	 * What is wrong with the workbook's sheet names: a required sheet missing (with a
	 * hint), or several sheets matching one name.
	 * @param file the workbook
	 * @param known every canonical sheet name
	 * @param required those that must be there
	 * @return one line a problem, none when the names are fine
	 */
	static List<String> problems(XlsxFile file, List<String> known, List<String> required) {
		List<String> problems = new ArrayList<>();
		for (String sheet : known) {
			List<String> names = file.namesMatching(sheet);
			if (names.isEmpty() && required.contains(sheet)) {
				problems.add(sheet + ": sheet is missing" + hint(sheet, file.sheetNames(), known));
			}
			if (names.size() > 1) {
				problems.add(sheet + ": several sheets match the name (" + String.join(", ", names) + ")");
			}
		}
		return problems;
	}

	/**
	 * A hint to append to "sheet is missing", e.g.
	 * {@code  (did you mean "Custmers"? the workbook's sheets: Engagement, Items, Custmers)}.
	 * @param wanted the canonical sheet name
	 * @param present the workbook's sheet names
	 * @param known every canonical sheet name, which are never suggested for another
	 */
	static String hint(String wanted, List<String> present, List<String> known) {
		if (present.isEmpty()) {
			return " (the workbook has no sheets)";
		}
		String closest = null;
		int best = Integer.MAX_VALUE;
		for (String name : present) {
			String key = key(name);
			if (known.stream().anyMatch((canonical) -> key(canonical).equals(key))) {
				continue;
			}
			int distance = distance(key(wanted), key);
			boolean near = distance <= Math.max(2, wanted.length() / 4) || key.contains(key(wanted))
					|| key(wanted).contains(key);
			if (near && distance < best) {
				closest = name;
				best = distance;
			}
		}
		String sheets = "the workbook's sheets: " + String.join(", ", present);
		return (closest != null) ? " (did you mean \"" + closest + "\"? " + sheets + ")" : " (" + sheets + ")";
	}

	private static String key(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

	/** Levenshtein distance: insertions, deletions and substitutions. */
	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + ((a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
