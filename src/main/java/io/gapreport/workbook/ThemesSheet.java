package io.gapreport.workbook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.gapreport.survey.Theme;

/**
 * Reads the optional Themes sheet ({@code voice.md}): a header row with {@code theme} and
 * {@code keywords}, then one theme a row, its keywords separated by {@code ;} or
 * {@code ,}.
 */
final class ThemesSheet {

	static final String SHEET = "Themes";

	private static final List<String> COLUMNS = List.of("theme", "keywords");

	private ThemesSheet() {
	}

	/**
	 * The themes in sheet order; empty without a sheet. Adds a workbook error to
	 * {@code errors} for a blank theme, a theme given twice (trimmed, ignoring case) and
	 * a theme without a keyword.
	 */
	static List<Theme> read(List<SheetRow> rows, List<String> errors) {
		SheetRow header = rows.stream().filter((row) -> !row.isBlank()).findFirst().orElse(null);
		if (header == null) {
			return List.of();
		}
		int before = errors.size();
		Columns columns = Columns.read(SHEET, header, COLUMNS, COLUMNS, "", Map.of(), errors);
		if (errors.size() > before) {
			return List.of();
		}
		int themeColumn = columns.column("theme");
		int keywordColumn = columns.column("keywords");
		List<Theme> themes = new ArrayList<>();
		Map<String, SheetRow> seen = new HashMap<>();
		for (SheetRow row : rows) {
			if (row.number() <= columns.headerRow() || row.isBlank()) {
				continue;
			}
			String name = row.text(themeColumn).strip();
			List<String> keywords = keywords(row.text(keywordColumn));
			if (name.isEmpty()) {
				errors.add(SHEET + "!" + row.reference(themeColumn) + ": theme is blank");
				continue;
			}
			SheetRow earlier = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), row);
			if (earlier != null) {
				errors.add(SHEET + "!" + row.reference(themeColumn) + ": theme \"" + name
						+ "\" is given twice (also row " + earlier.number() + ")");
				continue;
			}
			if (keywords.isEmpty()) {
				errors.add(SHEET + "!" + row.reference(keywordColumn) + ": theme \"" + name + "\" has no keyword");
				continue;
			}
			themes.add(new Theme(name, keywords));
		}
		return themes;
	}

	/**
	 * The keywords of one cell: split at {@code ;} and {@code ,}, trimmed, blanks
	 * dropped.
	 */
	static List<String> keywords(String cell) {
		return Arrays.stream(cell.split("[;,]")).map(String::strip).filter((word) -> !word.isEmpty()).toList();
	}

}
