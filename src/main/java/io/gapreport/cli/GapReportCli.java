package io.gapreport.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar gap-report.jar COMMAND [OPTIONS]}: exit code 0 when every workbook was
 * reported, 1 when at least one failed (the others are still reported), 2 for bad usage
 * or configuration (a clear message, nothing written).
 */
@Command(name = "gap-report", mixinStandardHelpOptions = true, versionProvider = Version.class,
		description = "Turns customer-service survey workbooks into charted PDF gap-analysis reports.",
		subcommands = { RunCommand.class, ServeCommand.class, WorkerCommand.class, ValidateCommand.class,
				TemplateCommand.class, SampleCommand.class, CommandLine.HelpCommand.class })
public final class GapReportCli implements java.util.concurrent.Callable<Integer> {

	/** Every workbook was reported (or validated without error). */
	public static final int OK = 0;

	/** At least one workbook failed; the others were still reported. */
	public static final int WORKBOOK_FAILED = 1;

	/** Bad usage or configuration: nothing was written. */
	public static final int USAGE = 2;

	@CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	public static void main(String[] args) {
		System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
	}

	/** Runs the command line with the given streams and returns the exit code. */
	public static int execute(PrintWriter out, PrintWriter err, String... args) {
		var commandLine = new CommandLine(new GapReportCli());
		commandLine.setOut(out);
		commandLine.setErr(err);
		commandLine.setParameterExceptionHandler((ex, arguments) -> {
			var cmd = ex.getCommandLine();
			cmd.getErr().println("gap-report: " + ex.getMessage());
			cmd.usage(cmd.getErr());
			return USAGE;
		});
		commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
			cmd.getErr().println("gap-report: " + Messages.oneLine(ex));
			return USAGE;
		});
		return commandLine.execute(args);
	}

	@Override
	public Integer call() {
		this.spec.commandLine().getErr().println("gap-report: name a command");
		this.spec.commandLine().usage(this.spec.commandLine().getErr());
		return USAGE;
	}

}
