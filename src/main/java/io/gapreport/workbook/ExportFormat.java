package io.gapreport.workbook;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The survey tools whose exports a workbook can name as its {@code responses}, and how
 * many header rows each writes before the answers.
 */
public enum ExportFormat {

	/** One header row, the column names. */
	PLAIN("plain", 1),

	/**
	 * One header row: {@code Timestamp}, maybe {@code Email Address}, question titles.
	 */
	GOOGLE_FORMS("google-forms", 1),

	/** One header row: question codes such as {@code Q1[SQ001]}, or full texts. */
	LIMESURVEY("limesurvey", 1),

	/** Three header rows: field name, question text, {@code {"ImportId":…}}. */
	QUALTRICS("qualtrics", 3),

	/**
	 * Two header rows: question text over the first of its columns, then
	 * {@code Response}, {@code Open-Ended Response} or the sub-question.
	 */
	SURVEYMONKEY("surveymonkey", 2);

	private final String key;

	private final int headerRows;

	ExportFormat(String key, int headerRows) {
		this.key = key;
		this.headerRows = headerRows;
	}

	/**
	 * The name used in the Engagement sheet and on the command line, e.g.
	 * {@code google-forms}.
	 * @return the key
	 */
	public String key() {
		return this.key;
	}

	/** How many header rows come before the answers. */
	int headerRows() {
		return this.headerRows;
	}

	/**
	 * The format named {@code key}, ignoring case and surrounding spaces.
	 * @param key e.g. {@code Qualtrics}
	 * @return the format, or null when {@code key} names none
	 */
	public static @Nullable ExportFormat of(String key) {
		String wanted = key.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter((format) -> format.key.equals(wanted)).findFirst().orElse(null);
	}

	/**
	 * Every format's key, for messages.
	 * @return the keys in declaration order
	 */
	public static List<String> keys() {
		return Arrays.stream(values()).map(ExportFormat::key).toList();
	}

	/**
	 * The names of an export's columns from its header rows, as the Mapping sheet names
	 * them.
	 * @param header the header rows, in order
	 * @return one name per column
	 */
	List<String> columnNames(List<SheetRow> header) {
		SheetRow first = header.isEmpty() ? new SheetRow(0, new String[0]) : header.get(0);
		int width = header.stream().mapToInt(SheetRow::width).max().orElse(0);
		String[] names = new String[width];
		String carried = "";
		for (int column = 0; column < width; column++) {
			String name = first.text(column);
			if (this == SURVEYMONKEY) {
				carried = name.isEmpty() ? carried : name;
				String detail = (header.size() > 1) ? header.get(1).text(column) : "";
				boolean whole = detail.isEmpty() || detail.equalsIgnoreCase("Response")
						|| detail.equalsIgnoreCase("Open-Ended Response");
				name = whole ? carried : (carried.isEmpty() ? detail : carried + " | " + detail);
			}
			names[column] = name;
		}
		return Arrays.asList(names);
	}

}
