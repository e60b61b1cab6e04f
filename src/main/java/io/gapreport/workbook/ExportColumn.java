package io.gapreport.workbook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One column of a survey tool's export as a consultant starting a Mapping sheet sees it:
 * its name, the question it asks, the first answer in it, and the field it obviously
 * holds (empty when it is not obvious).
 *
 * @param name the column's name, as the Mapping sheet names it
 * @param question the question text (Qualtrics' second header row; else the name)
 * @param example the first data row's value, or empty
 * @param field the guessed field, e.g. {@code respondent}, or empty
 */
public record ExportColumn(String name, String question, String example, String field) {

	private static final List<String> DATES = List.of("recordeddate", "enddate", "submitdate", "datesubmitted",
			"timestamp", "date", "startdate", "datestarted");

	private static final List<String> RESPONDENTS = List.of("responseid", "respondentid", "respondent", "id");

	private static final Pattern ITEM = Pattern.compile("[EPep]:[A-Za-z0-9_-]{1,32}");

	/**
	 * Reads the columns of an export, guessing the fields whose column names make them
	 * obvious: respondent or response id, the date, a 0-10 recommendation question, and
	 * columns already named like Customers columns.
	 * @param export the export file
	 * @param format the survey tool that wrote it
	 * @return the columns, in the export's order
	 * @throws WorkbookException when the export cannot be read
	 */
	public static List<ExportColumn> read(Path export, ExportFormat format) throws WorkbookException {
		ExportFile file = ExportFile.open(export, format);
		List<String> names = file.columnNames();
		List<String> questions = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			questions.add((format == ExportFormat.QUALTRICS) ? file.header().get(1).text(i) : names.get(i));
		}
		String[] fields = guess(names, questions);
		SheetRow first = file.firstData();
		List<ExportColumn> columns = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			columns
				.add(new ExportColumn(names.get(i), questions.get(i), (first != null) ? first.text(i) : "", fields[i]));
		}
		return columns;
	}

	private static String[] guess(List<String> names, List<String> questions) {
		String[] fields = new String[names.size()];
		Set<String> taken = new HashSet<>();
		List<String> keys = names.stream().map(ExportColumn::key).toList();
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i).strip();
			String key = keys.get(i);
			String question = key(questions.get(i));
			String field = "";
			if (ITEM.matcher(name).matches()) {
				field = name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
			}
			else if (CustomerRows.COLUMNS.contains(key) && !key.equals("date") && !key.equals("respondent")) {
				field = key;
			}
			else if ((question.contains("recommend") || key.equals("nps") || key.equals("qnps"))
					&& !question.contains("group") && !key.contains("group")) {
				field = "nps";
			}
			fields[i] = taken.add(field.toLowerCase(Locale.ROOT)) ? field : "";
		}
		first(keys, RESPONDENTS, "respondent", fields, taken);
		first(keys, DATES, "date", fields, taken);
		return fields;
	}

	/** Gives {@code field} to the column whose key comes first in {@code candidates}. */
	private static void first(List<String> keys, List<String> candidates, String field, String[] fields,
			Set<String> taken) {
		for (String candidate : candidates) {
			int column = keys.indexOf(candidate);
			if (column >= 0 && fields[column].isEmpty() && taken.add(field)) {
				fields[column] = field;
				return;
			}
		}
	}

	/**
	 * A column name reduced to lower-case letters and digits: {@code Response ID} is
	 * {@code responseid}.
	 */
	private static String key(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
	}

}
