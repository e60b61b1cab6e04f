package io.gapreport.workbook;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * A survey tool's export (CSV or .xlsx): its header rows, read when the workbook opens,
 * then its records streamed one by one, each numbered as it is in the file (header rows
 * counted).
 */
final class ExportFile {

	/** The file name endings a {@code responses} key may name. */
	static final List<String> EXTENSIONS = List.of(".csv", ".tsv", ".txt", ".xlsx");

	private final Path path;

	private final List<SheetRow> header;

	private final @Nullable SheetRow firstData;

	private final List<String> names;

	private ExportFile(Path path, List<SheetRow> header, @Nullable SheetRow firstData, List<String> names) {
		this.path = path;
		this.header = header;
		this.firstData = firstData;
		this.names = names;
	}

	/**
	 * Reads the export's header rows the way {@code format} lays them out.
	 * @throws WorkbookException when the file is missing, unreadable, or has fewer header
	 * rows than the format writes
	 */
	static ExportFile open(Path path, ExportFormat format) throws WorkbookException {
		String name = path.getFileName().toString();
		if (!Files.isRegularFile(path)) {
			throw WorkbookException.of(name + ": responses file not found (looked for " + path + ")");
		}
		if (!Files.isReadable(path)) {
			throw WorkbookException.of(name + ": responses file cannot be read (permissions?)");
		}
		List<SheetRow> rows = new ArrayList<>();
		read(path, (row) -> {
			if (!row.isBlank()) {
				rows.add(row.copy());
			}
			if (rows.size() > format.headerRows()) {
				throw new XlsxFile.StopReading();
			}
		});
		List<SheetRow> header = rows.subList(0, Math.min(rows.size(), format.headerRows()));
		if (header.size() < format.headerRows()) {
			throw WorkbookException.of(name + ": " + format.key() + " exports have " + format.headerRows()
					+ " header row(s), the file has only " + header.size() + " row(s)");
		}
		SheetRow firstData = (rows.size() > format.headerRows()) ? rows.get(format.headerRows()) : null;
		return new ExportFile(path, List.copyOf(header), firstData, format.columnNames(header));
	}

	/** Streams every record of the file, header rows included, to {@code rows}. */
	void read(Consumer<SheetRow> rows) throws WorkbookException {
		read(this.path, rows);
	}

	private static void read(Path path, Consumer<SheetRow> rows) throws WorkbookException {
		if (!path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
			CsvExport.read(path, rows);
			return;
		}
		try (XlsxFile file = XlsxFile.open(path)) {
			String sheet = file.firstSheet();
			if (sheet != null) {
				file.read(sheet, rows);
			}
		}
		catch (WorkbookException ex) {
			throw WorkbookException.of(path.getFileName() + ": " + String.join("; ", ex.problems()));
		}
	}

	Path path() {
		return this.path;
	}

	/** The file's name, used as the sheet name of its problems. */
	String name() {
		return this.path.getFileName().toString();
	}

	/** The column names, as the Mapping sheet names them, by 0-based column. */
	List<String> columnNames() {
		return this.names;
	}

	/** The header rows, in order. */
	List<SheetRow> header() {
		return this.header;
	}

	/** The record number of the last header row. */
	int lastHeaderRow() {
		return this.header.get(this.header.size() - 1).number();
	}

	/** The first data row, or null when the export has no answers. */
	@Nullable SheetRow firstData() {
		return this.firstData;
	}

}
