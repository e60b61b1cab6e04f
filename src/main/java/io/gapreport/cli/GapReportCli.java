package io.gapreport.cli;

import java.io.PrintWriter;

import io.gapreport.system.ConsoleText;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar gap-report.jar COMMAND [OPTIONS]}: exit code 0 when every workbook was
 * reported, 1 when at least one failed (the others are still reported), 2 for bad usage
 * or configuration (a clear message, nothing written), 3 when an outside service (the job
 * database, the mail server, the message broker) could not be reached, 4 for an error in
 * gap-report.
 */
@Command(name = "gap-report", mixinStandardHelpOptions = true, versionProvider = Version.class,
		description = "Turns customer-service survey workbooks into charted PDF gap-analysis reports.",
		footer = { "", "Exit codes: 0 all reported; 1 some workbooks failed (the others are reported); 2 bad usage or",
				"configuration; 3 an outside service (job database, mail server, message broker) unreachable; 4 an",
				"error in gap-report." },
		subcommands = { RunCommand.class, ServeCommand.class, WorkerCommand.class, ValidateCommand.class,
				TemplateCommand.class, SampleCommand.class, CommandLine.HelpCommand.class })
public final class GapReportCli implements java.util.concurrent.Callable<Integer> {

	/** Every workbook was reported (or validated without error). */
	public static final int OK = 0;

	/** At least one workbook failed; the others were still reported. */
	public static final int WORKBOOK_FAILED = 1;

	/** Bad usage or configuration: nothing was written. */
	public static final int USAGE = 2;

	/**
	 * An outside service (the job database, the mail server, the message broker) could
	 * not be reached.
	 */
	public static final int UNREACHABLE = 3;

	/** An error in gap-report itself; the log file has its stack trace. */
	public static final int INTERNAL_ERROR = 4;

	@CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	public static void main(String[] args) {
		System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
	}

	/**
	 * Runs the command line with the given streams and returns the exit code. Every line
	 * a command prints, its error lines included, starts with the local date and time to
	 * the second ({@link TimestampedWriter}); the help and the version do not.
	 */
	public static int execute(PrintWriter out, PrintWriter err, String... args) {
		// what a workbook holds reaches the console escaped, never as escape sequences
		// that the terminal would obey (so the help has no colours either)
		PrintWriter help = new PrintWriter(ConsoleText.escaping(out), true);
		PrintWriter helpErrors = new PrintWriter(ConsoleText.escaping(err), true);
		PrintWriter console = TimestampedWriter.printWriter(ConsoleText.escaping(out));
		PrintWriter errors = TimestampedWriter.printWriter(ConsoleText.escaping(err));
		try {
			return execute(new Streams(help, helpErrors, console, errors), new CommandLine(new GapReportCli()), args);
		}
		finally {
			help.flush();
			helpErrors.flush();
			console.flush();
			errors.flush();
		}
	}

	/** The plain streams of the help, and the timestamped ones of the commands. */
	private record Streams(PrintWriter help, PrintWriter helpErrors, PrintWriter out, PrintWriter err) {
	}

	private static int execute(Streams streams, CommandLine commandLine, String... args) {
		commandLine.setOut(streams.help());
		commandLine.setErr(streams.helpErrors());
		commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
		commandLine.setExecutionStrategy((parsed) -> {
			Integer helped = CommandLine.executeHelpRequest(parsed);
			if (helped != null) {
				return helped;
			}
			commandLine.setOut(streams.out());
			commandLine.setErr(streams.err());
			return new CommandLine.RunLast().execute(parsed);
		});
		commandLine.setParameterExceptionHandler((ex, arguments) -> {
			var cmd = ex.getCommandLine();
			// one line for the mistake and one for where the options are: the whole usage
			// would bury the line that matters
			streams.err().println("gap-report: " + io.gapreport.run.Outages.oneLine(String.valueOf(ex.getMessage())));
			streams.err().println("(see: " + cmd.getCommandSpec().qualifiedName() + " --help)");
			return USAGE;
		});
		commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
			if (ex instanceof CommandLine.ParameterException usage) {
				return commandLine.getParameterExceptionHandler().handleParseException(usage, args);
			}
			Failures.Worded failure = Failures.word(ex, null);
			cmd.getErr().println("gap-report: " + failure.getMessage());
			return failure.exitCode();
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
