package io.gapreport.workbook;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import io.gapreport.survey.InputProblem;
import io.gapreport.survey.ResponseSink;
import org.jspecify.annotations.Nullable;

/**
 * Rebuilds each data record of an export into a row laid out like the Customers sheet
 * (answer labels and codes turned into values by the Mapping's {@code values} lists,
 * cells named by their export column) and hands it to the Customers rules. Qualtrics
 * preview and spam responses are rejected first.
 */
final class ExportRows implements Consumer<SheetRow> {

	private final ExportFile file;

	private final List<Mapped> mapped;

	private final int width;

	private final int status;

	private final CustomerRows customers;

	private final ResponseSink sink;

	private final @Nullable String[] names;

	private final boolean numberedRespondents;

	/**
	 * @param file the export
	 * @param mapped the mapped columns
	 * @param width the width of the Customers layout
	 * @param status the Qualtrics {@code Status} column, or -1
	 * @param customers the Customers rules that read the rebuilt rows
	 * @param sink where preview and spam rejections go
	 */
	ExportRows(ExportFile file, List<Mapped> mapped, int width, int status, CustomerRows customers, ResponseSink sink) {
		this.file = file;
		this.mapped = mapped;
		this.width = width;
		this.status = status;
		this.customers = customers;
		this.sink = sink;
		this.names = new String[width];
		for (Mapped column : mapped) {
			this.names[column.entry().position()] = file.columnNames().get(column.column());
		}
		this.numberedRespondents = this.names[0] == null;
	}

	@Override
	public void accept(SheetRow record) {
		if (record.number() <= this.file.lastHeaderRow() || record.isBlank()) {
			return;
		}
		@Nullable String[] cells = new String[this.width];
		for (Mapped column : this.mapped) {
			cells[column.entry().position()] = column.entry().translate(record.raw(column.column()));
		}
		if (this.numberedRespondents) {
			// without a respondent column, the record number identifies the response
			cells[0] = String.valueOf(record.number());
		}
		String preview = previewOrSpam(record);
		if (preview != null) {
			this.sink.problem(new InputProblem(this.file.name(), record.number(), "",
					(cells[0] != null) ? cells[0] : "", "Status is " + preview + " (not a customer's response)"));
			return;
		}
		this.customers.readData(new SheetRow(record.number(), cells, this.names));
	}

	private @Nullable String previewOrSpam(SheetRow record) {
		if (this.status < 0) {
			return null;
		}
		String text = record.text(this.status);
		String lower = text.toLowerCase(Locale.ROOT);
		return (lower.contains("survey preview") || lower.contains("spam")) ? text : null;
	}

	/**
	 * A Mapping entry and the export column it names.
	 *
	 * @param column the 0-based column in the export
	 * @param entry the Mapping entry
	 */
	record Mapped(int column, MappingSheet.Entry entry) {
	}

}
