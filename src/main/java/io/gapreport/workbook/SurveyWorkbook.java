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
import io.gapreport.survey.ResponseSink;
import io.gapreport.survey.Scale;
import io.gapreport.survey.Standard;
import org.jspecify.annotations.Nullable;

/**
 * An opened survey workbook: small sheets read and every header checked; respondent
 * sheets streamed on demand, row by row, so that memory does not grow with the number of
 * respondents.
 */
public final class SurveyWorkbook implements AutoCloseable {

	private static final List<String> REQUIRED_SHEETS = List.of(EngagementSheet.SHEET, ItemsSheet.SHEET,
			CustomerRows.SHEET);

	private static final List<String> ALL_SHEETS = List.of(EngagementSheet.SHEET, ItemsSheet.SHEET, CustomerRows.SHEET,
			ManagerRows.SHEET, StandardsSheet.SHEET, AuditRows.SHEET, BenchmarksSheet.SHEET);

	private final XlsxFile file;

	private final Questionnaire questionnaire;

	private final Columns customers;

	private final Columns management;

	private final Columns audits;

	private SurveyWorkbook(XlsxFile file, Questionnaire questionnaire, Columns customers, Columns management,
			Columns audits) {
		this.file = file;
		this.questionnaire = questionnaire;
		this.customers = customers;
		this.management = management;
		this.audits = audits;
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
		XlsxFile file = XlsxFile.open(path);
		try {
			return read(file);
		}
		catch (WorkbookException | RuntimeException ex) {
			file.close();
			throw ex;
		}
	}

	private static SurveyWorkbook read(XlsxFile file) throws WorkbookException {
		List<String> errors = new ArrayList<>();
		for (String sheet : ALL_SHEETS) {
			List<String> names = file.namesMatching(sheet);
			if (names.isEmpty() && REQUIRED_SHEETS.contains(sheet)) {
				errors.add(sheet + ": sheet is missing");
			}
			if (names.size() > 1) {
				errors.add(sheet + ": several sheets match the name (" + String.join(", ", names) + ")");
			}
		}
		EngagementSheet.Result engagement = file.has(EngagementSheet.SHEET)
				? EngagementSheet.read(file.readAll(EngagementSheet.SHEET), errors)
				: new EngagementSheet.Result(null, Scale.DEFAULT);
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
		Columns customers = Columns.read(CustomerRows.SHEET, header(file, CustomerRows.SHEET), CustomerRows.COLUMNS,
				file.has(CustomerRows.SHEET) ? List.of("respondent") : List.of(), items.readable() ? "EP" : "", index,
				errors);
		if (customers.headerRow() > 0) {
			customers.requireEveryItem(CustomerRows.SHEET, "EP", items.codes(), errors);
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
				file.has(ManagerRows.SHEET), file.has(AuditRows.SHEET));
		return new SurveyWorkbook(file, questionnaire, customers, management, audits);
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
	 * Streams the Customers, then the Management, then the Audits rows to {@code sink},
	 * each invalid cell before the row it belongs to and each rejected row instead of it.
	 * @param sink receives the rows and problems
	 * @throws WorkbookException when a sheet cannot be read
	 */
	public void stream(ResponseSink sink) throws WorkbookException {
		this.file.read(CustomerRows.SHEET, new CustomerRows(this.questionnaire, this.customers, sink));
		this.file.read(ManagerRows.SHEET, new ManagerRows(this.questionnaire, this.management, sink));
		this.file.read(AuditRows.SHEET, new AuditRows(this.questionnaire, this.audits, sink));
	}

	/** Releases the file. */
	@Override
	public void close() {
		this.file.close();
	}

}
