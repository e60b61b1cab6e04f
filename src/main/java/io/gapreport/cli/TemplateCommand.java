package io.gapreport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.gapreport.sample.ExportTemplate;
import io.gapreport.sample.TemplateWorkbook;
import io.gapreport.survey.Engagement;
import io.gapreport.workbook.ExportColumn;
import io.gapreport.workbook.ExportFormat;
import io.gapreport.workbook.WorkbookException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code template}: writes an empty workbook a consultant can fill in. */
@Command(name = "template", mixinStandardHelpOptions = true, description = {
		"Write an empty, ready-to-fill workbook: every sheet, headers, an example item per level, data validation on answer cells.",
		"With --responses: an engagement workbook for a survey tool's export, whose Mapping sheet lists every column of the export with the obvious fields guessed." })
final class TemplateCommand implements Callable<Integer> {

	@CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	@Option(names = "--output", paramLabel = "FILE", required = true, description = "the workbook to write (.xlsx)")
	private Path output;

	@Option(names = "--force", description = "replace the file if it exists")
	private boolean force;

	@Option(names = "--language", paramLabel = "LANG", defaultValue = "en",
			description = "report language written into the Engagement sheet: en, pl, cs or ru (default: ${DEFAULT-VALUE})")
	private String language;

	@Option(names = "--responses", paramLabel = "FILE",
			description = "a survey tool's export (.csv, .tsv, .txt or .xlsx) that holds the customers' answers")
	private Path responses;

	@Option(names = "--format", paramLabel = "F",
			description = "the tool that wrote the export: plain (one header row, the default), qualtrics, surveymonkey, limesurvey or google-forms")
	private String format;

	@Override
	public Integer call() throws IOException {
		if (!Engagement.LANGUAGES.contains(this.language)) {
			throw new CommandLine.ParameterException(this.spec.commandLine(),
					"unknown language " + this.language + " (expected en, pl, cs or ru)");
		}
		if (!this.output.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
			throw new CommandLine.ParameterException(this.spec.commandLine(), "--output must name an .xlsx file");
		}
		if (Files.isDirectory(this.output)) {
			throw new CommandLine.ParameterException(this.spec.commandLine(), this.output + " is a folder");
		}
		if (Files.exists(this.output) && !this.force) {
			throw new CommandLine.ParameterException(this.spec.commandLine(),
					this.output + " exists: choose another name, or add --force to replace it");
		}
		if (this.responses != null) {
			return exportTemplate();
		}
		if (this.format != null) {
			throw new CommandLine.ParameterException(this.spec.commandLine(), "--format needs --responses FILE");
		}
		TemplateWorkbook.write(this.output, this.language);
		this.spec.commandLine().getOut().printf("wrote %s%n", this.output);
		return GapReportCli.OK;
	}

	private Integer exportTemplate() throws IOException {
		ExportFormat exportFormat = ExportFormat.of((this.format != null) ? this.format : "plain");
		if (exportFormat == null) {
			throw new CommandLine.ParameterException(this.spec.commandLine(),
					"unknown --format " + this.format + " (expected " + String.join(", ", ExportFormat.keys()) + ")");
		}
		List<ExportColumn> columns;
		try {
			columns = ExportColumn.read(this.responses, exportFormat);
		}
		catch (WorkbookException ex) {
			throw new CommandLine.ParameterException(this.spec.commandLine(), String.join("; ", ex.problems()));
		}
		ExportTemplate.write(this.output, this.language, this.responses, exportFormat, columns);
		PrintWriter out = this.spec.commandLine().getOut();
		out.printf("wrote %s: its Mapping sheet lists the %d columns of %s%n", this.output, columns.size(),
				this.responses.getFileName());
		columns.stream()
			.filter((column) -> !column.field().isEmpty())
			.forEach((column) -> out.printf("  guessed: %s is %s%n", column.name(), column.field()));
		out.println("  next: put your questions in Items, then give each one's E: and P: columns in Mapping's field");
		return GapReportCli.OK;
	}

}
