package io.gapreport.workbook;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The header row of a sheet: where each named column and each item column
 * ({@code E:<code>}, {@code P:<code>}, {@code D:<code>}) is. Headers are matched
 * case-insensitively after trimming; columns not named are ignored.
 */
final class Columns {

	private final int headerRow;

	private final Map<String, Integer> named;

	private final Map<Character, int[]> items;

	private Columns(int headerRow, Map<String, Integer> named, Map<Character, int[]> items) {
		this.headerRow = headerRow;
		this.named = named;
		this.items = items;
	}

	/**
	 * Reads the header row of {@code sheet}, adding a workbook error to {@code errors}
	 * for every missing required column, repeated column and item column naming an
	 * unknown item.
	 * @param sheet the canonical sheet name
	 * @param header the first non-blank row, or null when the sheet has none
	 * @param names the columns the sheet may have
	 * @param required the columns it must have
	 * @param prefixes the item column prefixes, e.g. {@code "EP"}
	 * @param codes item code (lower-case) to index in the questionnaire
	 * @param errors where workbook errors go
	 */
	static Columns read(String sheet, @Nullable SheetRow header, List<String> names, List<String> required,
			String prefixes, Map<String, Integer> codes, List<String> errors) {
		Map<String, Integer> named = new HashMap<>();
		Map<Character, int[]> items = new HashMap<>();
		for (char prefix : prefixes.toCharArray()) {
			int[] columns = new int[codes.size()];
			Arrays.fill(columns, -1);
			items.put(prefix, columns);
		}
		if (header == null) {
			if (!required.isEmpty()) {
				errors.add(sheet + ": no header row (expected columns " + String.join(", ", required) + ")");
			}
			return new Columns(0, named, items);
		}
		for (int column = 0; column < header.width(); column++) {
			String text = header.text(column);
			String name = text.toLowerCase(Locale.ROOT);
			boolean item = name.length() > 2 && name.charAt(1) == ':'
					&& prefixes.indexOf(Character.toUpperCase(name.charAt(0))) >= 0;
			if (!item && !names.contains(name)) {
				continue;
			}
			String where = sheet + "!" + header.reference(column) + ": column " + text;
			if (!item) {
				Integer earlier = named.putIfAbsent(name, column);
				if (earlier != null) {
					errors.add(where + " repeats column " + header.reference(earlier));
				}
				continue;
			}
			String code = text.substring(2).strip();
			Integer index = codes.get(code.toLowerCase(Locale.ROOT));
			if (index == null) {
				errors.add(where + " names an unknown item " + code);
				continue;
			}
			int[] columns = items.get(Character.toUpperCase(name.charAt(0)));
			if (columns[index] >= 0) {
				errors.add(where + " repeats column " + header.reference(columns[index]));
				continue;
			}
			columns[index] = column;
		}
		for (String name : required) {
			if (!named.containsKey(name)) {
				errors.add(sheet + ": missing column " + name + " (header row " + header.number() + ")");
			}
		}
		return new Columns(header.number(), named, items);
	}

	/** Adds an error for every item that has no column with one of {@code prefixes}. */
	void requireEveryItem(String sheet, String prefixes, List<String> codes, List<String> errors) {
		for (int index = 0; index < codes.size(); index++) {
			for (char prefix : prefixes.toCharArray()) {
				if (items(prefix)[index] < 0) {
					String code = codes.get(index);
					errors.add(sheet + ": item " + code + " has no " + prefix + ":" + code + " column");
				}
			}
		}
	}

	/** The 1-based row number of the header row, 0 when there is none. */
	int headerRow() {
		return this.headerRow;
	}

	/** The 0-based column named {@code name} (lower-case), or -1. */
	int column(String name) {
		return this.named.getOrDefault(name, -1);
	}

	/**
	 * The column of each item with {@code prefix}, indexed like the questions; -1 if
	 * none.
	 */
	int[] items(char prefix) {
		return this.items.get(prefix);
	}

}
