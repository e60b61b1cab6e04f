package io.gapreport.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.gapreport.survey.Level;
import io.gapreport.survey.Question;
import org.jspecify.annotations.Nullable;

/**
 * Reads the Items sheet: one questionnaire item per row, in order.
 */
final class ItemsSheet {

	static final String SHEET = "Items";

	static final List<String> COLUMNS = List.of("code", "text", "level", "dimension", "weight");

	static final List<String> DIMENSIONS = List.of("reliability", "responsiveness", "assurance", "empathy",
			"tangibles");

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");

	private static final String LEVELS = "accuracy, availability, partnership, advice";

	private ItemsSheet() {
	}

	/**
	 * Reads the items, adding a workbook error to {@code errors} for every bad row. The
	 * result also lists the codes of the bad rows, so that their answer columns are not
	 * reported again as naming unknown items.
	 */
	static Items read(List<SheetRow> rows, List<String> errors) {
		SheetRow header = rows.stream().filter((row) -> !row.isBlank()).findFirst().orElse(null);
		int before = errors.size();
		Columns columns = Columns.read(SHEET, header, COLUMNS, List.of("code", "text", "level"), "", Map.of(), errors);
		if (errors.size() > before) {
			return Items.UNREADABLE;
		}
		List<Question> questions = new ArrayList<>();
		List<String> codes = new ArrayList<>();
		Map<String, SheetRow> seen = new HashMap<>();
		int codeColumn = columns.column("code");
		for (SheetRow row : rows) {
			if (row.number() <= columns.headerRow() || row.isBlank()) {
				continue;
			}
			String code = row.text(codeColumn);
			SheetRow earlier = seen.putIfAbsent(code.toLowerCase(Locale.ROOT), row);
			if (earlier != null) {
				errors.add(where(row, codeColumn) + "duplicate item code " + code + " (first at "
						+ earlier.reference(codeColumn) + ")");
				continue;
			}
			if (CODE.matcher(code).matches()) {
				codes.add(code);
			}
			Question question = question(row, columns, errors);
			if (question != null) {
				questions.add(question);
			}
		}
		if (codes.isEmpty()) {
			errors.add(SHEET + ": no items (one row per questionnaire item under the header row)");
		}
		return new Items(questions, codes, true);
	}

	/**
	 * The valid items, the well-formed codes of every item row (valid or not) in sheet
	 * order, and whether the sheet could be read at all (if not, answer columns cannot be
	 * checked).
	 */
	record Items(List<Question> questions, List<String> codes, boolean readable) {

		static final Items UNREADABLE = new Items(List.of(), List.of(), false);

	}

	private static @Nullable Question question(SheetRow row, Columns columns, List<String> errors) {
		int before = errors.size();
		int codeColumn = columns.column("code");
		String code = row.text(codeColumn);
		if (!CODE.matcher(code).matches()) {
			errors.add(where(row, codeColumn) + "bad item code \"" + code + "\" (1-32 letters, digits, _ or -)");
		}
		String text = row.raw(columns.column("text"));
		if (text == null || text.isBlank()) {
			errors.add(where(row, columns.column("text")) + "text of item " + code + " is blank");
		}
		int levelColumn = columns.column("level");
		Level level = Level.parse(row.text(levelColumn)).orElse(null);
		if (level == null) {
			errors.add(where(row, levelColumn) + "unknown level \"" + row.text(levelColumn) + "\" (expected " + LEVELS
					+ ")");
		}
		int dimensionColumn = columns.column("dimension");
		String dimension = row.text(dimensionColumn).toLowerCase(Locale.ROOT);
		if (!dimension.isEmpty() && !DIMENSIONS.contains(dimension)) {
			errors.add(where(row, dimensionColumn) + "unknown dimension \"" + row.text(dimensionColumn)
					+ "\" (expected " + String.join(", ", DIMENSIONS) + ")");
		}
		int weightColumn = columns.column("weight");
		String weightText = row.text(weightColumn);
		Double weight = weightText.isEmpty() ? null : Values.number(weightText);
		if (weight != null && !(weight > 0)) {
			errors.add(where(row, weightColumn) + "weight \"" + weightText + "\" must be a number > 0");
		}
		if (errors.size() > before || level == null) {
			return null;
		}
		return new Question(code, text, level, dimension.isEmpty() ? null : dimension, weight);
	}

	private static String where(SheetRow row, int column) {
		return SHEET + "!" + row.reference(Math.max(column, 0)) + ": ";
	}

}
