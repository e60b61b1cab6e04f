package io.gapreport.workbook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.gapreport.survey.Benchmark;
import io.gapreport.survey.Question;
import io.gapreport.survey.Questionnaire;
import io.gapreport.survey.Theme;
import io.gapreport.survey.ResponseSink;
import io.gapreport.survey.Standard;
import io.gapreport.survey.Unit;
import org.jspecify.annotations.Nullable;

/**
 * An opened survey workbook: small sheets read and every header checked; respondent
 * sheets streamed on demand, row by row, so that memory does not grow with the number of
 * respondents.
 */
public final class SurveyWorkbook implements AutoCloseable {

	private static final List<String> REQUIRED_SHEETS = List.of(EngagementSheet.SHEET, ItemsSheet.SHEET);

	private static final List<String> ALL_SHEETS = List.of(EngagementSheet.SHEET, ItemsSheet.SHEET, CustomerRows.SHEET,
			MappingSheet.SHEET, ManagerRows.SHEET, StandardsSheet.SHEET, AuditRows.SHEET, BenchmarksSheet.SHEET,
			UnitsSheet.SHEET, ThemesSheet.SHEET);

	/** The keys an Engagement sheet may hold. */
	public static final List<String> ENGAGEMENT_KEYS = EngagementSheet.KEYS;

	private final XlsxFile file;

	private final Path path;

	private final @Nullable CustomerExport export;

	private final Questionnaire questionnaire;

	private final Columns customers;

	private final Columns management;

	private final Columns audits;

	private final String scaleCell;

	private SurveyWorkbook(XlsxFile file, Path path, @Nullable CustomerExport export, Questionnaire questionnaire,
			Columns customers, Columns management, Columns audits, String scaleCell) {
		this.file = file;
		this.path = path;
		this.export = export;
		this.questionnaire = questionnaire;
		this.customers = customers;
		this.management = management;
		this.audits = audits;
		this.scaleCell = scaleCell;
	}

	/**
	 * Opens a workbook: reads Engagement, Items, Standards and Benchmarks, and checks the
	 * headers of Customers, Management and Audits.
	 * @param path the .xlsx file
	 * @return the opened workbook, to be closed by the caller
	 * @throws WorkbookException listing every workbook error found, or the one reason why
	 * the file cannot be read
	 */
	public static SurveyWorkbook open(Path path) throws WorkbookException {
		return open(path, ExportPlace.beside(path));
	}

	/**
	 * Opens a workbook found in an input folder: its {@code responses} export must lie
	 * inside {@code place}'s input folder.
	 * @param path the .xlsx file
	 * @param place where its export may lie
	 * @return the opened workbook, to be closed by the caller
	 * @throws WorkbookException listing every workbook error found, or the one reason why
	 * the file cannot be read
	 */
	public static SurveyWorkbook open(Path path, ExportPlace place) throws WorkbookException {
		Path folder = path.toAbsolutePath().getParent();
		return open(path, place, (responses) -> folder);
	}

	/**
	 * Opens a workbook whose {@code responses} export is looked up in the folder that
	 * {@code exports} gives for its name, asked only when the export is about to be
	 * opened (once {@code place} allows it): a private copy of a workbook copies its
	 * export then.
	 * @param path the .xlsx file
	 * @param place where the export may lie: the original workbook's folder and input
	 * folder
	 * @param exports the folder the named export is looked up in
	 * @return the opened workbook, to be closed by the caller
	 * @throws WorkbookException listing every workbook error found, or the one reason why
	 * the file cannot be read
	 */
	public static SurveyWorkbook open(Path path, ExportPlace place, ExportFolder exports) throws WorkbookException {
		XlsxFile file = XlsxFile.open(path);
		try {
			return read(file, path, place, exports);
		}
		catch (WorkbookException | RuntimeException ex) {
			file.close();
			throw ex;
		}
	}

	/** Where the export a workbook names as its {@code responses} is looked up. */
	@FunctionalInterface
	public interface ExportFolder {

		/**
		 * The folder {@code responses} is resolved against.
		 * @param responses the export's name as the workbook gives it
		 * @return the folder
		 * @throws WorkbookException when the export cannot be made available
		 */
		Path of(String responses) throws WorkbookException;

	}

	private static SurveyWorkbook read(XlsxFile file, Path path, ExportPlace place, ExportFolder exports)
			throws WorkbookException {
		List<String> errors = new ArrayList<>(SheetNames.problems(file, ALL_SHEETS, REQUIRED_SHEETS));
		EngagementSheet.Result engagement = file.has(EngagementSheet.SHEET)
				? EngagementSheet.read(file.readAll(EngagementSheet.SHEET), errors) : EngagementSheet.Result.UNREADABLE;
		String responses = engagement.responses();
		String answers = (responses != null) ? MappingSheet.SHEET : CustomerRows.SHEET;
		if (!file.has(answers)) {
			String hint = (responses != null) ? " (it maps the columns of the responses file " + responses + ")"
					: file.has(MappingSheet.SHEET)
							? " (or name the export that the Mapping sheet maps in Engagement's" + " responses key)"
							: SheetNames.hint(answers, file.sheetNames(), ALL_SHEETS);
			errors.add(answers + ": sheet is missing" + hint);
		}
		ItemsSheet.Items items = file.has(ItemsSheet.SHEET) ? ItemsSheet.read(file.readAll(ItemsSheet.SHEET), errors)
				: ItemsSheet.Items.UNREADABLE;
		Map<String, Integer> index = new HashMap<>();
		Map<String, String> spelled = new HashMap<>();
		for (String code : items.codes()) {
			index.put(code.toLowerCase(Locale.ROOT), index.size());
			spelled.put(code.toLowerCase(Locale.ROOT), code);
		}
		Map<String, Standard> standards = items.readable()
				? StandardsSheet.read(file.readAll(StandardsSheet.SHEET), spelled, engagement.scale(), errors)
				: Map.of();
		List<Benchmark> benchmarks = BenchmarksSheet.read(file.readAll(BenchmarksSheet.SHEET), errors);
		List<Unit> units = UnitsSheet.read(file.readAll(UnitsSheet.SHEET), errors);
		List<Theme> themes = ThemesSheet.read(file.readAll(ThemesSheet.SHEET), errors);
		CustomerExport export = null;
		Columns customers = Columns.read(CustomerRows.SHEET, null, CustomerRows.COLUMNS, List.of(), "", index, errors);
		if (responses != null) {
			if (nonBlankRows(file, CustomerRows.SHEET) > 1) {
				errors.add(CustomerRows.SHEET + ": has answer rows, and responses names " + responses
						+ ": two sources of the same answers (empty the Customers sheet or remove the responses key)");
			}
			Path exportFolder = null;
			String outside = place.problem(responses, engagement.responsesCell());
			try {
				if (outside != null) {
					errors.add(outside);
				}
				else if (items.readable()) {
					exportFolder = exports.of(responses);
				}
			}
			catch (WorkbookException ex) {
				// listed with the workbook's other errors
				errors.addAll(ex.problems());
			}
			if (exportFolder != null) {
				export = CustomerExport.open(exportFolder, responses, engagement.format(),
						file.has(MappingSheet.SHEET) ? file.readAll(MappingSheet.SHEET) : null, items.codes(), errors);
			}
		}
		else {
			customers = Columns.read(CustomerRows.SHEET, header(file, CustomerRows.SHEET), CustomerRows.COLUMNS,
					file.has(CustomerRows.SHEET) ? List.of("respondent") : List.of(), items.readable() ? "EP" : "",
					index, errors);
			if (customers.headerRow() > 0) {
				customers.requireEveryItem(CustomerRows.SHEET, "EP", items.codes(), errors);
			}
		}
		SheetRow managementHeader = header(file, ManagerRows.SHEET);
		Columns management = Columns.read(ManagerRows.SHEET, managementHeader, ManagerRows.COLUMNS,
				(managementHeader != null) ? List.of("respondent") : List.of(), items.readable() ? "EP" : "", index,
				errors);
		Columns audits = Columns.read(AuditRows.SHEET, header(file, AuditRows.SHEET), AuditRows.COLUMNS, List.of(),
				items.readable() ? "D" : "", index, errors);
		if (!errors.isEmpty() || engagement.engagement() == null) {
			throw new WorkbookException(errors);
		}
		List<Question> questions = items.questions();
		Questionnaire questionnaire = new Questionnaire(engagement.engagement(), questions, standards, benchmarks,
				file.has(ManagerRows.SHEET), file.has(AuditRows.SHEET), units, themes);
		return new SurveyWorkbook(file, path, export, questionnaire, customers, management, audits,
				engagement.scaleCell());
	}

	private static int nonBlankRows(XlsxFile file, String sheet) throws WorkbookException {
		int[] count = new int[1];
		file.read(sheet, (row) -> {
			count[0] += row.isBlank() ? 0 : 1;
			if (count[0] > 1) {
				throw new XlsxFile.StopReading();
			}
		});
		return count[0];
	}

	/**
	 * The files whose content makes up the workbook: the workbook itself, then the export
	 * it names as {@code responses}, if any.
	 * @return the files, in that order
	 */
	public List<Path> contentFiles() {
		return (this.export != null) ? List.of(this.path, this.export.path()) : List.of(this.path);
	}

	/** The first non-blank row of a sheet, or null when it is absent or empty. */
	private static @Nullable SheetRow header(XlsxFile file, String sheet) throws WorkbookException {
		SheetRow[] header = new SheetRow[1];
		file.read(sheet, (row) -> {
			if (!row.isBlank()) {
				header[0] = row.copy();
				throw new XlsxFile.StopReading();
			}
		});
		return header[0];
	}

	/**
	 * Everything in the workbook but the respondents' answers.
	 * @return the questionnaire
	 */
	public Questionnaire questionnaire() {
		return this.questionnaire;
	}

	/**
	 * Streams the Customers rows (or the export's, when the workbook names one), then the
	 * Management, then the Audits rows to {@code sink}, each invalid cell before the row
	 * it belongs to and each rejected row instead of it. A workbook whose answers cannot
	 * carry a report fails once they are read: no customer row kept, or more than a fifth
	 * of the answers off the scale.
	 * @param sink receives the rows and problems
	 * @throws WorkbookException when a sheet cannot be read, or the answers cannot carry
	 * a report
	 */
	public void stream(ResponseSink sink) throws WorkbookException {
		var folders = new UnitFolders();
		this.questionnaire.units().forEach((unit) -> folders.add(unit.written(), UnitsSheet.SHEET));
		String problem = streamRows(sink, folders).problem(this.questionnaire.engagement().scale(), this.scaleCell);
		if (!folders.errors().isEmpty()) {
			throw new WorkbookException(folders.errors());
		}
		if (problem != null) {
			throw WorkbookException.of(problem);
		}
	}

	/** Streams the rows as {@link #stream} does, and returns the tally of the answers. */
	AnswerTally streamRows(ResponseSink sink) throws WorkbookException {
		return streamRows(sink, new UnitFolders());
	}

	private AnswerTally streamRows(ResponseSink sink, UnitFolders folders) throws WorkbookException {
		var tally = new AnswerTally();
		if (this.export != null) {
			this.export.stream(this.questionnaire, sink, tally, folders);
		}
		else {
			this.file.read(CustomerRows.SHEET,
					new CustomerRows(this.questionnaire, this.customers, sink, tally, folders));
		}
		this.file.read(ManagerRows.SHEET, new ManagerRows(this.questionnaire, this.management, sink, tally));
		this.file.read(AuditRows.SHEET, new AuditRows(this.questionnaire, this.audits, sink, tally));
		return tally;
	}

	/** Releases the file. */
	@Override
	public void close() {
		this.file.close();
	}

}
