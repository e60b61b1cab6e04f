package io.gapreport.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.gapreport.run.ReportRun;
import io.gapreport.run.RunSummary;
import io.gapreport.run.WorkbookOutcome;
import io.gapreport.schedule.NightlyRuns;
import io.gapreport.schedule.Schedule;
import io.gapreport.schedule.ScheduleStore;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code serve}: keeps running and starts a run on a cron schedule, nightly by default.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
		description = { "Keep running and report on a schedule (nightly at 02:00 by default), one run at a time.",
				"A run missed while gap-report was down is made up by one run at start; a scheduled time at which",
				"another process is running against the same job database is skipped." })
final class ServeCommand implements Callable<Integer> {

	/**
	 * The next run's time, with its offset from UTC (which tells the two 02:30s apart).
	 */
	private static final DateTimeFormatter NEXT_RUN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

	@CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	@CommandLine.Mixin
	private ReportOptions options;

	@Option(names = "--cron", paramLabel = "EXPR", defaultValue = Schedule.NIGHTLY,
			description = "when to run: six fields, second minute hour day month weekday (default: \"${DEFAULT-VALUE}\")")
	private String cron;

	@Option(names = "--max-runs", hidden = true, defaultValue = "0", description = "stop after this many runs (tests)")
	private int maxRuns;

	@CommandLine.Unmatched
	private List<String> springProperties = new ArrayList<>();

	@Override
	public Integer call() throws InterruptedException {
		Schedule schedule;
		try {
			schedule = Schedule.parse(this.cron);
		}
		catch (IllegalArgumentException ex) {
			throw new CommandLine.ParameterException(this.spec.commandLine(), ex.getMessage());
		}
		// every line carries its time, to the second (GapReportCli#execute)
		PrintWriter out = this.spec.commandLine().getOut();
		try {
			return serve(schedule, out);
		}
		catch (Failures.Worded failure) {
			this.spec.commandLine().getErr().println("gap-report: " + failure.getMessage());
			return failure.exitCode();
		}
	}

	private int serve(Schedule schedule, PrintWriter out) throws InterruptedException {
		try (ConfigurableApplicationContext context = this.options.start(this.spec.commandLine(),
				this.springProperties)) {
			ReportRun run = context.getBean(ReportRun.class);
			var loop = new NightlyRuns(schedule, context.getBean(ScheduleStore.class), context.getBean(Clock.class),
					() -> run.runIfFree(this.options.input, this.options.output, this.options.runOptions(),
							new ProgressPrinter(out, this.options.quiet)),
					listener(out));
			try {
				loop.serve(this.maxRuns);
			}
			catch (RuntimeException ex) {
				throw this.options.failure(ex);
			}
		}
		return GapReportCli.OK;
	}

	private NightlyRuns.Listener listener(PrintWriter out) {
		boolean quiet = this.options.quiet;
		return new NightlyRuns.Listener() {

			@Override
			public void scheduled(ZonedDateTime next) {
				say("next run at " + next.format(NEXT_RUN));
			}

			@Override
			public void starting(String why) {
				say("run starting (" + why + ")");
			}

			@Override
			public void finished(List<WorkbookOutcome> outcomes) {
				if (!quiet) {
					RunSummary.print(outcomes, ServeCommand.this.options.mail, out);
				}
			}

			@Override
			public void skipped() {
				say("run skipped: another gap-report run holds the job database");
			}

			@Override
			public void failed(RuntimeException failure) {
				Failures.Worded worded = ServeCommand.this.options.failure(failure);
				out.printf(Locale.ROOT, "run failed (exit code %d): %s; serve goes on%n", worded.exitCode(),
						worded.getMessage());
				out.flush();
			}

			private void say(String line) {
				if (!quiet) {
					out.println(line);
					out.flush();
				}
			}

		};
	}

}
