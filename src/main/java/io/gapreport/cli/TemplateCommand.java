package io.gapreport.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.gapreport.sample.TemplateWorkbook;
import io.gapreport.survey.Engagement;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code template}: writes an empty workbook a consultant can fill in. */
@Command(name = "template", mixinStandardHelpOptions = true,
		description = "Write an empty, ready-to-fill workbook: every sheet, headers, an example item per level, data validation on answer cells.")
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
		TemplateWorkbook.write(this.output, this.language);
		this.spec.commandLine().getOut().printf("wrote %s%n", this.output);
		return GapReportCli.OK;
	}

}
