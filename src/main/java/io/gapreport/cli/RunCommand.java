package io.gapreport.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.gapreport.GapReportApplication;
import io.gapreport.run.ReportRun;
import io.gapreport.run.RunOptions;
import io.gapreport.run.RunProgress;
import io.gapreport.run.RunSummary;
import io.gapreport.run.WorkbookOutcome;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code run}: scores every workbook under the input folder and writes its reports. */
@Command(name = "run", mixinStandardHelpOptions = true,
		description = { "Score every workbook under --input and write reports under --output.",
				"Spring Boot properties may follow, e.g. --spring.datasource.url=jdbc:postgresql://host/db" })
final class RunCommand implements Callable<Integer> {

	@CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	@Option(names = "--input", paramLabel = "DIR", defaultValue = "input",
			description = "folder of workbooks, searched recursively (default: ${DEFAULT-VALUE})")
	private Path input;

	@Option(names = "--output", paramLabel = "DIR", defaultValue = "output",
			description = "folder for the reports (default: ${DEFAULT-VALUE})")
	private Path output;

	@Option(names = "--force", description = "report workbooks again even when their content is unchanged")
	private boolean force;

	@Option(names = "--mail",
			description = "e-mail each report to the workbook's recipients (SMTP from spring.mail.*); without it, only say who would get it")
	private boolean mail;

	@Option(names = "--templates", paramLabel = "DIR",
			description = "a folder of edited report templates (report.ftlh, i18n/messages_*.properties)")
	private Path templates;

	@Option(names = "--quiet", description = "print only the workbooks that failed (for cron)")
	private boolean quiet;

	@CommandLine.Unmatched
	private List<String> springProperties = new ArrayList<>();

	@Override
	public Integer call() {
		List<String> properties = checkUsage();
		PrintWriter out = this.spec.commandLine().getOut();
		List<WorkbookOutcome> outcomes;
		try (ConfigurableApplicationContext context = new SpringApplication(GapReportApplication.class)
			.run(properties.toArray(String[]::new))) {
			if (this.mail && !context.getEnvironment().containsProperty("spring.mail.host")) {
				throw new CommandLine.ParameterException(this.spec.commandLine(),
						"--mail needs an SMTP server: set spring.mail.host (and spring.mail.port, username, password)");
			}
			outcomes = context.getBean(ReportRun.class)
				.run(this.input, this.output, new RunOptions(this.force, this.mail), progress(out));
		}
		if (!this.quiet) {
			RunSummary.print(outcomes, out);
		}
		boolean anyFailed = outcomes.stream().anyMatch((o) -> o.status() == WorkbookOutcome.Status.FAILED);
		return anyFailed ? GapReportCli.WORKBOOK_FAILED : GapReportCli.OK;
	}

	private List<String> checkUsage() {
		for (String property : this.springProperties) {
			if (!property.startsWith("--spring.") && !property.startsWith("--logging.")
					&& !property.startsWith("--gap-report.")) {
				throw new CommandLine.ParameterException(this.spec.commandLine(), "unknown option " + property);
			}
		}
		if (!Files.exists(this.input)) {
			throw new CommandLine.ParameterException(this.spec.commandLine(),
					"input folder " + this.input + " does not exist");
		}
		if (Files.exists(this.output) && !Files.isDirectory(this.output)) {
			throw new CommandLine.ParameterException(this.spec.commandLine(),
					"output " + this.output + " is a file, not a folder");
		}
		List<String> properties = new ArrayList<>(this.springProperties);
		if (this.templates != null) {
			if (!Files.isDirectory(this.templates)) {
				throw new CommandLine.ParameterException(this.spec.commandLine(),
						"templates folder " + this.templates + " does not exist");
			}
			properties.add("--gap-report.templates=" + this.templates.toAbsolutePath());
		}
		return properties;
	}

	private RunProgress progress(PrintWriter out) {
		return new RunProgress() {

			@Override
			public void waiting() {
				out.println("another gap-report run is using the job database; waiting for it to finish");
				out.flush();
			}

			@Override
			public void started(int workbooks) {
				if (!RunCommand.this.quiet) {
					out.printf(Locale.ROOT, "%d workbook(s) under %s%n", workbooks, RunCommand.this.input);
					out.flush();
				}
			}

			@Override
			public void finished(int index, int total, WorkbookOutcome outcome) {
				if (!RunCommand.this.quiet || outcome.status() == WorkbookOutcome.Status.FAILED) {
					out.printf(Locale.ROOT, "[%d/%d] %s: %s (%.1f s)%s%n", index, total, outcome.path(),
							outcome.status().key(), outcome.elapsed().toMillis() / 1000.0,
							outcome.message().isEmpty() ? "" : " " + outcome.message());
					out.flush();
				}
			}

		};
	}

}
