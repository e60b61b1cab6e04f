package io.gapreport.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.gapreport.run.ReportRun;
import io.gapreport.run.RunSummary;
import io.gapreport.run.WorkbookOutcome;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code run}: scores every workbook under the input folder and writes its reports. */
@Command(name = "run", mixinStandardHelpOptions = true,
		description = { "Score every workbook under --input and write reports under --output.",
				"Spring Boot properties may follow, e.g. --spring.datasource.url=jdbc:postgresql://host/db" })
final class RunCommand implements Callable<Integer> {

	/**
	 * The property {@code --remote} sets: nested under {@code gap-report.remote}, beside
	 * the queue and timeout, rather than {@code gap-report.remote} itself, which Spring
	 * Boot would try to bind as the whole group.
	 */
	static final String REMOTE = "gap-report.remote.enabled";

	@CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	@CommandLine.Mixin
	private ReportOptions options;

	@CommandLine.Option(names = "--remote",
			description = "hand each client to the `worker` processes listening on RabbitMQ (spring.rabbitmq.*) instead of running it here; needs a shared job database and the same --input and --output paths on every machine")
	private boolean remote;

	@CommandLine.Unmatched
	private List<String> springProperties = new ArrayList<>();

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		List<WorkbookOutcome> outcomes;
		List<String> properties = new ArrayList<>(this.springProperties);
		if (this.remote) {
			properties.add("--" + REMOTE + "=true");
		}
		try (ConfigurableApplicationContext context = this.options.start(this.spec.commandLine(), properties)) {
			try {
				outcomes = context.getBean(ReportRun.class)
					.run(this.options.input, this.options.output, this.options.runOptions(),
							new ProgressPrinter(out, this.options.quiet));
			}
			catch (RuntimeException ex) {
				throw this.options.failure(ex);
			}
		}
		if (!this.options.quiet) {
			RunSummary.print(outcomes, this.options.mail, out);
		}
		return exitCode(outcomes);
	}

	/**
	 * The exit code of a run that went through: an error in gap-report first, then a
	 * login the mail server refused (a setting), then an unreachable mail server, then
	 * failed workbooks.
	 */
	static int exitCode(List<WorkbookOutcome> outcomes) {
		if (outcomes.stream().anyMatch(WorkbookOutcome::internalError)) {
			return GapReportCli.INTERNAL_ERROR;
		}
		if (outcomes.stream().anyMatch(WorkbookOutcome::mailLoginRefused)) {
			return GapReportCli.USAGE;
		}
		if (outcomes.stream().anyMatch(WorkbookOutcome::mailServerUnreachable)) {
			return GapReportCli.UNREACHABLE;
		}
		boolean anyFailed = outcomes.stream().anyMatch((o) -> o.status() == WorkbookOutcome.Status.FAILED);
		return anyFailed ? GapReportCli.WORKBOOK_FAILED : GapReportCli.OK;
	}

}
