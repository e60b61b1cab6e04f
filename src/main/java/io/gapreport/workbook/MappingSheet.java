package io.gapreport.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Reads the Mapping sheet: which export column holds which Customers field, and how its
 * text answers turn into values.
 */
final class MappingSheet {

	static final String SHEET = "Mapping";

	private static final List<String> COLUMNS = List.of("column", "field", "values");

	private MappingSheet() {
	}

	/**
	 * Reads the mapping rows, adding a workbook error to {@code errors} for every unknown
	 * field or item, field mapped twice, field without a column and malformed
	 * {@code values} entry.
	 * @param rows the sheet's rows
	 * @param fields field name (lower-case, e.g. {@code nps} or {@code e:a1}) to its
	 * position in the Customers layout
	 * @param errors where workbook errors go
	 * @return the rows that map a column to a known field, or null when the sheet has no
	 * usable header row (an error already listed)
	 */
	static @Nullable List<Entry> read(List<SheetRow> rows, Map<String, Integer> fields, List<String> errors) {
		SheetRow header = rows.stream().filter((row) -> !row.isBlank()).findFirst().orElse(null);
		Columns columns = Columns.read(SHEET, header, COLUMNS, List.of("column", "field"), "", Map.of(), errors);
		if (header == null || columns.column("column") < 0 || columns.column("field") < 0) {
			return null;
		}
		List<Entry> entries = new ArrayList<>();
		Map<Integer, SheetRow> mapped = new HashMap<>();
		for (SheetRow row : rows) {
			if (row.number() <= header.number()) {
				continue;
			}
			String column = row.text(columns.column("column"));
			String field = row.text(columns.column("field"));
			if (field.isEmpty()) {
				continue;
			}
			String where = SHEET + "!" + row.reference(columns.column("field")) + ": ";
			Integer position = fields.get(field.toLowerCase(Locale.ROOT));
			if (position == null) {
				errors.add(where + unknown(field));
				continue;
			}
			if (column.isEmpty()) {
				errors.add(where + "field " + field + " has no export column");
				continue;
			}
			SheetRow earlier = mapped.putIfAbsent(position, row);
			if (earlier != null) {
				errors.add(where + "field " + field + " is mapped twice (also row " + earlier.number() + ")");
				continue;
			}
			Map<String, String> values = values(row, columns.column("values"), errors);
			entries
				.add(new Entry(row.number(), row.reference(columns.column("column")), column, field, position, values));
		}
		return entries;
	}

	private static String unknown(String field) {
		String lower = field.toLowerCase(Locale.ROOT);
		if (lower.length() > 2 && lower.charAt(1) == ':' && "ep".indexOf(lower.charAt(0)) >= 0) {
			return "field " + field + " names an unknown item " + field.substring(2).strip();
		}
		return "unknown field \"" + field + "\" (expected " + String.join(", ", CustomerRows.COLUMNS)
				+ ", E:<code> or P:<code>)";
	}

	/** The {@code text=value} pairs of a values cell, keyed by lower-case text. */
	private static Map<String, String> values(SheetRow row, int column, List<String> errors) {
		Map<String, String> values = new HashMap<>();
		for (String pair : row.text(column).split(";")) {
			if (pair.isBlank()) {
				continue;
			}
			int equals = pair.lastIndexOf('=');
			String text = (equals > 0) ? pair.substring(0, equals).strip() : "";
			String value = (equals > 0) ? pair.substring(equals + 1).strip() : "";
			if (text.isEmpty() || value.isEmpty()) {
				errors.add(SHEET + "!" + row.reference(column) + ": malformed values entry \"" + pair.strip()
						+ "\" (expected text=value pairs separated by ;, e.g. Agree=4; Disagree=2)");
				continue;
			}
			String earlier = values.putIfAbsent(key(text), value);
			if (earlier != null && !earlier.equals(value)) {
				errors.add(SHEET + "!" + row.reference(column) + ": values entry \"" + pair.strip()
						+ "\" gives the text a second value (" + earlier + ")");
			}
		}
		return values;
	}

	/** How an answer's text is looked up in a values list: trimmed, any case. */
	static String key(String text) {
		return text.strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * One mapped column.
	 *
	 * @param row the Mapping row
	 * @param cell the reference of its {@code column} cell
	 * @param column the export column's name as typed
	 * @param field the field as typed
	 * @param position the field's position in the Customers layout
	 * @param values lower-case answer text to the value it stands for
	 */
	record Entry(int row, String cell, String column, String field, int position, Map<String, String> values) {

		@Nullable String translate(@Nullable String text) {
			if (text == null || this.values.isEmpty()) {
				return text;
			}
			return this.values.getOrDefault(key(text), text);
		}

	}

}
