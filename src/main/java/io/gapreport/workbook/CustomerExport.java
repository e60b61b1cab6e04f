package io.gapreport.workbook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.gapreport.survey.Questionnaire;
import io.gapreport.survey.ResponseSink;
import org.jspecify.annotations.Nullable;

/**
 * The customers' answers taken from a survey tool's export instead of the Customers
 * sheet: the Mapping sheet checked against the export's header when the workbook opens,
 * then the export streamed through the same rules as Customers rows.
 */
final class CustomerExport {

	private final ExportFile file;

	private final ExportFormat format;

	private final Columns columns;

	private final List<ExportRows.Mapped> mapped;

	private final int width;

	private CustomerExport(ExportFile file, ExportFormat format, Columns columns, List<ExportRows.Mapped> mapped,
			int width) {
		this.file = file;
		this.format = format;
		this.columns = columns;
		this.mapped = mapped;
		this.width = width;
	}

	/**
	 * Opens the export named by {@code responses} and checks the Mapping against it,
	 * adding a workbook error to {@code errors} for every problem.
	 * @param folder the workbook's folder
	 * @param responses the {@code responses} key, relative to {@code folder}
	 * @param format the {@code responses_format} key
	 * @param mapping the Mapping sheet's rows, or null when the sheet is missing (an
	 * error already listed)
	 * @param codes the item codes, in questionnaire order
	 * @param errors where workbook errors go
	 * @return the export, or null when it or the Mapping sheet is missing or unreadable
	 */
	static @Nullable CustomerExport open(Path folder, String responses, ExportFormat format,
			@Nullable List<SheetRow> mapping, List<String> codes, List<String> errors) {
		ExportFile file;
		try {
			file = ExportFile.open(folder.resolve(responses), format);
		}
		catch (WorkbookException ex) {
			errors.addAll(ex.problems());
			file = null;
		}
		if (mapping == null) {
			return null;
		}
		Layout layout = new Layout(codes);
		List<MappingSheet.Entry> entries = MappingSheet.read(mapping, layout.positions, errors);
		if (entries == null) {
			return null;
		}
		for (String code : codes) {
			for (String prefix : List.of("E:", "P:")) {
				if (entries.stream()
					.noneMatch((entry) -> entry.position() == layout.positions.get(key(prefix + code)))) {
					errors.add(MappingSheet.SHEET + ": item " + code + " has no " + prefix + code + " mapping");
				}
			}
		}
		if (file == null) {
			return null;
		}
		List<ExportRows.Mapped> located = new ArrayList<>();
		for (MappingSheet.Entry entry : entries) {
			List<Integer> found = find(file.columnNames(), entry.column());
			String where = MappingSheet.SHEET + "!" + entry.cell() + ": column \"" + entry.column() + "\" ";
			if (found.isEmpty()) {
				errors.add(where + "is not in the export " + file.name());
			}
			else if (found.size() > 1) {
				errors.add(where + "is in the export " + found.size() + " times (columns " + (found.get(0) + 1)
						+ " and " + (found.get(1) + 1) + "): map one by the name of the other");
			}
			else {
				located.add(new ExportRows.Mapped(found.get(0), entry));
			}
		}
		if (located.isEmpty() && !entries.isEmpty()) {
			List<String> names = file.columnNames();
			errors.add(file.name() + ": none of the mapped columns is in the export, whose columns are "
					+ String.join(", ", names.subList(0, Math.min(names.size(), 12)))
					+ ((names.size() > 12) ? ", …" : "") + " (is responses_format " + format.key() + " right?)");
		}
		Columns columns = Columns.read(file.name(), layout.header(file.lastHeaderRow()), CustomerRows.COLUMNS,
				List.of(), "EP", layout.items, errors);
		return new CustomerExport(file, format, columns, List.copyOf(located), layout.width);
	}

	private static List<Integer> find(List<String> names, String column) {
		List<Integer> found = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			if (key(names.get(i)).equals(key(column))) {
				found.add(i);
			}
		}
		return found;
	}

	private static String key(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

	Path path() {
		return this.file.path();
	}

	/** Streams the export's data rows to {@code sink} as Customers rows. */
	void stream(Questionnaire questionnaire, ResponseSink sink, AnswerTally tally, UnitFolders folders)
			throws WorkbookException {
		var customers = new CustomerRows(this.file.name(), questionnaire, this.columns, sink, tally, folders);
		int status = (this.format == ExportFormat.QUALTRICS)
				? find(this.file.columnNames(), "Status").stream().findFirst().orElse(-1) : -1;
		this.file.read(new ExportRows(this.file, this.mapped, this.width, status, customers, sink));
	}

	/**
	 * Where each field sits in the Customers layout the export's rows are rebuilt into:
	 * the named columns, then {@code E:} and {@code P:} of every item.
	 */
	private static final class Layout {

		private final Map<String, Integer> positions = new HashMap<>();

		private final Map<String, Integer> items = new HashMap<>();

		private final String[] names;

		private final int width;

		Layout(List<String> codes) {
			List<String> names = new ArrayList<>(CustomerRows.COLUMNS);
			for (String prefix : List.of("E:", "P:")) {
				codes.forEach((code) -> names.add(prefix + code));
			}
			for (int i = 0; i < names.size(); i++) {
				this.positions.put(key(names.get(i)), i);
			}
			for (int i = 0; i < codes.size(); i++) {
				this.items.put(key(codes.get(i)), i);
			}
			this.names = names.toArray(String[]::new);
			this.width = names.size();
		}

		SheetRow header(int number) {
			return new SheetRow(number, this.names);
		}

	}

}
