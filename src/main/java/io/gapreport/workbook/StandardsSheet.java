package io.gapreport.workbook;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.gapreport.survey.Scale;
import io.gapreport.survey.Standard;
import org.jspecify.annotations.Nullable;

/**
 * Reads the optional Standards sheet: per item, the level the written standards specify
 * and the level advertising and sales promise, both on the answer scale.
 */
final class StandardsSheet {

	static final String SHEET = "Standards";

	private StandardsSheet() {
	}

	/**
	 * The standards by item code (as the Items sheet spells it), adding a workbook error
	 * to {@code errors} for every bad cell.
	 * @param rows the sheet's rows
	 * @param codes item code (lower-case) to item code as spelled in Items
	 * @param scale the answer scale
	 * @param errors where workbook errors go
	 */
	static Map<String, Standard> read(List<SheetRow> rows, Map<String, String> codes, Scale scale,
			List<String> errors) {
		SheetRow header = rows.stream().filter((row) -> !row.isBlank()).findFirst().orElse(null);
		Map<String, Standard> standards = new LinkedHashMap<>();
		if (header == null) {
			return standards;
		}
		int before = errors.size();
		Columns columns = Columns.read(SHEET, header, List.of("code", "standard", "promised"), List.of("code"), "",
				Map.of(), errors);
		if (errors.size() > before) {
			return standards;
		}
		Map<String, SheetRow> seen = new HashMap<>();
		int codeColumn = columns.column("code");
		for (SheetRow row : rows) {
			if (row.number() <= columns.headerRow() || row.isBlank()) {
				continue;
			}
			String text = row.text(codeColumn);
			String where = SHEET + "!" + row.reference(codeColumn) + ": ";
			String code = codes.get(text.toLowerCase(Locale.ROOT));
			if (code == null) {
				errors.add(where + "code \"" + text + "\" names an unknown item");
				continue;
			}
			SheetRow earlier = seen.putIfAbsent(code.toLowerCase(Locale.ROOT), row);
			if (earlier != null) {
				errors.add(where + "item " + code + " repeats row " + earlier.number());
				continue;
			}
			Double standard = level(row, columns.column("standard"), "standard", scale, errors);
			Double promised = level(row, columns.column("promised"), "promised", scale, errors);
			standards.put(code, new Standard(code, standard, promised));
		}
		return standards;
	}

	private static @Nullable Double level(SheetRow row, int column, String name, Scale scale, List<String> errors) {
		String text = row.text(column);
		if (Values.notAnswered(text)) {
			return null;
		}
		double value = Values.number(text);
		if (!scale.contains(value)) {
			errors.add(SHEET + "!" + row.reference(column) + ": " + name + " \"" + Values.shown(text)
					+ "\" is not a number on the scale " + scale);
			return null;
		}
		return value;
	}

}
