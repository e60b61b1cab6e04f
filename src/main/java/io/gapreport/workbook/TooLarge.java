package io.gapreport.workbook;

import java.util.Locale;

/**
 * A workbook beyond one of the limits that keep the memory a workbook takes bounded
 * whatever its file holds; the message is the whole line the user reads, naming sheet and
 * cell, or the file's part. Unchecked so that it passes through the XML parser and POI
 * unchanged; {@link XlsxFile} turns it into a {@link WorkbookException}.
 */
final class TooLarge extends RuntimeException {

	private static final long serialVersionUID = 1L;

	TooLarge(String message) {
		super(message, null, false, false);
	}

	/** A cell holding more than Excel's 32,767 characters. */
	static TooLarge cell(String cell, long characters) {
		return new TooLarge("cell " + cell + " holds " + count(characters) + " characters; the limit is "
				+ count(CellText.MAX) + ", Excel's own");
	}

	/** A number with thousands separators, as the user reads it: 150,000,000. */
	static String count(long number) {
		return String.format(Locale.ROOT, "%,d", number);
	}

}
