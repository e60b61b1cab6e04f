package io.gapreport.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.gapreport.survey.Unit;

/**
 * Reads the optional Units sheet: per unit, the name printed on its report and its
 * managers' addresses.
 */
final class UnitsSheet {

	static final String SHEET = "Units";

	private static final List<String> COLUMNS = List.of("unit", "name", "recipients");

	private UnitsSheet() {
	}

	/**
	 * The units in sheet order, adding a workbook error to {@code errors} for a row with
	 * a blank unit, a unit given twice, a recipient that is not one plain address and two
	 * units whose report folders would have one name.
	 * @param rows the sheet's rows (empty without the sheet)
	 * @param errors where workbook errors go
	 */
	static List<Unit> read(List<SheetRow> rows, List<String> errors) {
		SheetRow header = rows.stream().filter((row) -> !row.isBlank()).findFirst().orElse(null);
		List<Unit> units = new ArrayList<>();
		if (header == null) {
			return units;
		}
		int before = errors.size();
		Columns columns = Columns.read(SHEET, header, COLUMNS, List.of("unit"), "", Map.of(), errors);
		if (errors.size() > before) {
			return units;
		}
		int unitColumn = columns.column("unit");
		Map<String, SheetRow> seen = new HashMap<>();
		var folders = new UnitFolders();
		for (SheetRow row : rows) {
			if (row.number() <= columns.headerRow() || row.isBlank()) {
				continue;
			}
			String written = row.text(unitColumn).strip();
			String where = SHEET + "!" + row.reference(unitColumn) + ": ";
			if (written.isEmpty()) {
				errors.add(where + "unit is blank (type the unit as the Customers sheet writes it, or delete the row)");
				continue;
			}
			SheetRow earlier = seen.putIfAbsent(Unit.keyOf(written), row);
			if (earlier != null) {
				errors.add(where + "unit \"" + written + "\" is given twice (also row " + earlier.number() + ")");
				continue;
			}
			String collision = folders.add(written, SHEET + "!" + row.reference(unitColumn));
			if (collision != null) {
				errors.add(collision);
			}
			String name = row.textOrNull(columns.column("name"));
			int recipientsColumn = columns.column("recipients");
			List<String> recipients = Recipients.read(row.text(recipientsColumn),
					SHEET + "!" + row.reference(Math.max(recipientsColumn, 0)) + ": ", errors, true);
			units.add(new Unit(written, (name != null) ? name.strip() : written, recipients));
		}
		return units;
	}

}
