package io.gapreport.workbook;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the records of a survey tool's CSV export with Apache Commons CSV: UTF-8 with
 * or without a byte-order mark, or UTF-16 with one; the separator is whichever of
 * {@code ,} {@code ;} or tab the first line uses most; RFC 4180 quoting; fields and
 * records within Excel's limits ({@link CsvLimits}).
 */
final class CsvExport {

	private static final String SEPARATORS = ",;\t";

	private static final int LONGEST_FIRST_LINE = 1 << 20;

	private static final Pattern LINE = Pattern.compile("line:? (\\d+)");

	private CsvExport() {
	}

	/**
	 * Streams every record to {@code rows}, numbered from 1 (blank lines are records
	 * too); {@code rows} may end the read early by throwing {@link XlsxFile.StopReading}.
	 */
	static void read(Path path, Consumer<SheetRow> rows) throws WorkbookException {
		try {
			Encoding encoding = encoding(path);
			char separator = separator(path, encoding);
			CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(false).get();
			try (Reader reader = new CsvLimits(open(path, encoding), path.getFileName().toString(), separator);
					CSVParser parser = CSVParser.parse(reader, format)) {
				for (CSVRecord record : parser) {
					rows.accept(new SheetRow((int) record.getRecordNumber(), record.values()));
				}
			}
		}
		catch (XlsxFile.StopReading ex) {
			// the caller has read enough
		}
		catch (TooLarge ex) {
			throw WorkbookException.of(ex.getMessage());
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			throw WorkbookException.of(path.getFileName() + ": " + reason(ex));
		}
	}

	private static String reason(Exception ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof CharacterCodingException) {
				return "not UTF-8 or UTF-16 text (save the export as \"CSV UTF-8\")";
			}
			// Commons CSV's words for bad quoting, said in the user's
			String message = String.valueOf(cause.getMessage());
			Matcher line = LINE.matcher(message);
			String near = line.find() ? " (near line " + line.group(1) + ")" : "";
			if (message.contains("between encapsulated token and delimiter")) {
				return "a quoted field has text after its closing quote" + near
						+ ": a quote inside a quoted field must be doubled (\"\")";
			}
			if (message.contains("before encapsulated token finished")) {
				return "a quoted field is never closed" + near + ": the file may be cut short";
			}
		}
		return "cannot read the export: " + ReadFailures.reason(ex);
	}

	/** The charset, from the byte-order mark, and how many bytes the mark takes. */
	private static Encoding encoding(Path path) throws IOException {
		byte[] head = new byte[3];
		int read;
		try (InputStream in = Files.newInputStream(path)) {
			read = in.readNBytes(head, 0, 3);
		}
		if (read == 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF) {
			return new Encoding(StandardCharsets.UTF_8, 3);
		}
		if (read >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
				|| (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
			// Java's UTF-16 decoder reads the mark and takes the byte order from it
			return new Encoding(StandardCharsets.UTF_16, 0);
		}
		return new Encoding(StandardCharsets.UTF_8, 0);
	}

	private static Reader open(Path path, Encoding encoding) throws IOException {
		InputStream in = Files.newInputStream(path);
		try {
			in.skipNBytes(encoding.mark());
		}
		catch (IOException ex) {
			in.close();
			throw ex;
		}
		var decoder = encoding.charset()
			.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		return new BufferedReader(new InputStreamReader(in, decoder), 64 * 1024);
	}

	/** The separator the first line uses most, outside quotes; {@code ,} on a tie. */
	static char separator(Path path, Encoding encoding) throws IOException {
		int[] counts = new int[SEPARATORS.length()];
		try (Reader reader = open(path, encoding)) {
			boolean quoted = false;
			for (int i = 0, c = reader.read(); c >= 0 && i < LONGEST_FIRST_LINE; i++, c = reader.read()) {
				if (c == '"') {
					quoted = !quoted;
				}
				else if (!quoted && (c == '\n' || c == '\r')) {
					break;
				}
				else if (!quoted && SEPARATORS.indexOf(c) >= 0) {
					counts[SEPARATORS.indexOf(c)]++;
				}
			}
		}
		int best = 0;
		for (int i = 1; i < counts.length; i++) {
			if (counts[i] > counts[best]) {
				best = i;
			}
		}
		return SEPARATORS.charAt(best);
	}

	/** A charset and the length of the byte-order mark to skip before decoding. */
	record Encoding(Charset charset, int mark) {
	}

}
