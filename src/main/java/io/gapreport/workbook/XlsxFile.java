package io.gapreport.workbook;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import javax.xml.stream.XMLStreamException;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.jspecify.annotations.Nullable;

/**
 * An opened .xlsx package: POI opens the package and reads the styles; the shared strings
 * and the sheets are read with a StAX pull parser, so that memory does not grow with the
 * number of rows, and within limits ({@link TooLarge}), so that it stays bounded whatever
 * the file holds. Every failure of POI becomes a one-line {@link WorkbookException}.
 */
final class XlsxFile implements AutoCloseable {

	private final OPCPackage pkg;

	private final CellFormats formats;

	private final Map<String, Sheet> sheets;

	/**
	 * Rows of a sheet read whole (Engagement, Items…) kept at most, blank ones left out.
	 */
	static final int MAX_SMALL_ROWS = 65_536;

	/** Characters of a sheet read whole kept at most. */
	static final int MAX_SMALL_CHARACTERS = 8_388_608;

	private XlsxFile(OPCPackage pkg, SharedTexts strings, @Nullable StylesTable styles, Map<String, Sheet> sheets) {
		this.pkg = pkg;
		this.formats = new CellFormats(styles, strings);
		this.sheets = sheets;
	}

	static XlsxFile open(Path path) throws WorkbookException {
		File file = path.toFile();
		checkIsXlsx(path, file);
		OPCPackage pkg;
		try {
			pkg = OPCPackage.open(file, PackageAccess.READ);
		}
		catch (Exception ex) {
			throw WorkbookException.of("not a readable .xlsx workbook: " + ReadFailures.reason(ex));
		}
		try {
			XSSFReader reader = new XSSFReader(pkg);
			return new XlsxFile(pkg, sharedStrings(pkg), styles(pkg), sheets(reader));
		}
		catch (Exception ex) {
			pkg.revert();
			String reason = ReadFailures.reason(ex);
			throw WorkbookException.of(isLimit(ex) ? reason : "not a readable .xlsx workbook: " + reason);
		}
	}

	private static void checkIsXlsx(Path path, File file) throws WorkbookException {
		try {
			if (Files.size(path) == 0) {
				throw WorkbookException.of("empty file");
			}
			FileMagic magic = FileMagic.valueOf(file);
			if (magic == FileMagic.OLE2) {
				throw WorkbookException.of(isEncrypted(file)
						? "encrypted (password-protected) workbook: remove the password and save it again"
						: "an old Excel 97-2003 (.xls) or other OLE2 file, not .xlsx: save it as an Excel workbook (.xlsx)");
			}
			if (magic != FileMagic.OOXML) {
				throw WorkbookException.of("not an .xlsx workbook (the file looks like "
						+ ((magic == FileMagic.UNKNOWN) ? "text or an unknown format" : magic.name()) + ")");
			}
		}
		catch (IOException ex) {
			throw WorkbookException.of("cannot read the file: " + ReadFailures.reason(ex));
		}
	}

	private static SharedTexts sharedStrings(OPCPackage pkg) throws IOException, XMLStreamException {
		List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
		if (parts.isEmpty()) {
			return SharedTexts.NONE;
		}
		PackagePart part = parts.get(0);
		try (InputStream in = new PartLimit(part.getInputStream(), partName(part), PartLimit.SHARED_STRINGS)) {
			return SharedTexts.read(in);
		}
	}

	private static @Nullable StylesTable styles(OPCPackage pkg) throws IOException {
		List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType());
		if (parts.isEmpty()) {
			return null;
		}
		PackagePart part = parts.get(0);
		try (InputStream in = new PartLimit(part.getInputStream(), partName(part), PartLimit.STYLES)) {
			return new StylesTable(in);
		}
	}

	private static String partName(PackagePart part) {
		return part.getPartName().getName().replaceFirst("^/", "");
	}

	private static boolean isEncrypted(File file) {
		try (POIFSFileSystem fs = new POIFSFileSystem(file, true)) {
			return fs.getRoot().hasEntry("EncryptionInfo");
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	private static Map<String, Sheet> sheets(XSSFReader reader) throws IOException, OpenXML4JException {
		Map<String, Sheet> sheets = new LinkedHashMap<>();
		XSSFReader.SheetIterator iterator = reader.getSheetIterator();
		while (iterator.hasNext()) {
			iterator.next().close();
			String name = iterator.getSheetName();
			// by the name as spelled: two sheets that differ only in case or spaces are
			// both
			// kept, so that the workbook fails as "several sheets match" rather than lose
			// one
			sheets.putIfAbsent(name, new Sheet(name, iterator.getSheetPart()));
		}
		return sheets;
	}

	/**
	 * Sheet names as the workbook spells them, matching {@code name} case-insensitively.
	 */
	List<String> namesMatching(String name) {
		List<String> names = new ArrayList<>();
		for (Sheet sheet : this.sheets.values()) {
			if (key(sheet.name()).equals(key(name))) {
				names.add(sheet.name());
			}
		}
		return names;
	}

	/** The name of the workbook's first sheet, or null when it has none. */
	@Nullable String firstSheet() {
		return this.sheets.values().stream().map(Sheet::name).findFirst().orElse(null);
	}

	/** Every sheet's name as the workbook spells it, in workbook order. */
	List<String> sheetNames() {
		return this.sheets.values().stream().map(Sheet::name).toList();
	}

	boolean has(String name) {
		return sheet(name) != null;
	}

	/**
	 * The first sheet whose name matches {@code name}, ignoring case and spaces around.
	 */
	private @Nullable Sheet sheet(String name) {
		return this.sheets.values()
			.stream()
			.filter((sheet) -> key(sheet.name()).equals(key(name)))
			.findFirst()
			.orElse(null);
	}

	/**
	 * Streams the rows of sheet {@code name} to {@code rows}, reusing one row object (see
	 * {@link SheetRow#copy()}); {@code rows} may end the read early by throwing
	 * {@link StopReading}.
	 */
	void read(String name, Consumer<SheetRow> rows) throws WorkbookException {
		Sheet sheet = sheet(name);
		if (sheet == null) {
			return;
		}
		try (InputStream in = sheet.part().getInputStream()) {
			new SheetScanner(this.formats, sheet.name()).scan(in, rows);
		}
		catch (StopReading ex) {
			// the caller has read enough
		}
		catch (TooLarge ex) {
			throw WorkbookException.of(ex.getMessage());
		}
		catch (IOException | XMLStreamException | POIXMLException | OpenXML4JRuntimeException ex) {
			throw WorkbookException.of(name + ": cannot read the sheet: " + ReadFailures.reason(ex));
		}
	}

	/**
	 * Reads every non-blank row of a small sheet, at most {@link #MAX_SMALL_ROWS} rows
	 * and {@link #MAX_SMALL_CHARACTERS} characters.
	 */
	List<SheetRow> readAll(String name) throws WorkbookException {
		List<SheetRow> rows = new ArrayList<>();
		long[] characters = new long[1];
		read(name, (row) -> {
			if (row.isBlank()) {
				return;
			}
			for (int column = 0; column < row.width(); column++) {
				String raw = row.raw(column);
				characters[0] += (raw != null) ? raw.length() + 1 : 1;
			}
			if (rows.size() >= MAX_SMALL_ROWS || characters[0] > MAX_SMALL_CHARACTERS) {
				throw new TooLarge(name + ": the sheet holds more than " + TooLarge.count(MAX_SMALL_ROWS) + " rows or "
						+ TooLarge.count(MAX_SMALL_CHARACTERS)
						+ " characters, far more than this sheet ever needs: not read");
			}
			rows.add(row.copy());
		});
		return rows;
	}

	@Override
	public void close() {
		this.pkg.revert();
	}

	private static String key(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

	private static boolean isLimit(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof TooLarge) {
				return true;
			}
		}
		return false;
	}

	/** Thrown by a row consumer to end a sheet's read early. */
	static final class StopReading extends RuntimeException {

		private static final long serialVersionUID = 1L;

		StopReading() {
			super(null, null, false, false);
		}

	}

	private record Sheet(String name, PackagePart part) {
	}

}
