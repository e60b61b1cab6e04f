package io.gapreport.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.gapreport.GapReportApplication;
import io.gapreport.run.ReportRun;
import io.gapreport.run.RunOptions;
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

	@CommandLine.Unmatched
	private List<String> springProperties = new ArrayList<>();

	@Override
	public Integer call() {
		checkUsage();
		PrintWriter out = this.spec.commandLine().getOut();
		List<WorkbookOutcome> outcomes;
		try (ConfigurableApplicationContext context = start()) {
			outcomes = context.getBean(ReportRun.class).run(this.input, this.output, new RunOptions(this.force));
		}
		RunSummary.print(outcomes, out);
		boolean anyFailed = outcomes.stream().anyMatch((o) -> o.status() == WorkbookOutcome.Status.FAILED);
		return anyFailed ? GapReportCli.WORKBOOK_FAILED : GapReportCli.OK;
	}

	private void checkUsage() {
		for (String property : this.springProperties) {
			if (!property.startsWith("--spring.") && !property.startsWith("--logging.")) {
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
	}

	private ConfigurableApplicationContext start() {
		var application = new SpringApplication(GapReportApplication.class);
		return application.run(this.springProperties.toArray(String[]::new));
	}

}
