package io.gapreport.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import io.gapreport.run.Worker;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code worker}: keeps running and reports the clients that {@code run --remote} hands
 * out over RabbitMQ, until stopped.
 */
@Command(name = "worker", mixinStandardHelpOptions = true,
		description = { "Keep running and report the clients that `run --remote` hands out over RabbitMQ.",
				"Needs the manager's job database (spring.datasource.*), broker (spring.rabbitmq.*), and the same",
				"input and output paths; no SMTP settings (the manager sends the mail). Stop it with SIGTERM: a",
				"client it was reporting goes back to the queue and another worker finishes it." })
final class WorkerCommand implements Callable<Integer> {

	@CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	@Option(names = "--threads", paramLabel = "N", description = "clients reported at once, 1 to "
			+ ReportOptions.MAX_THREADS + " (default: the number of cores)")
	private Integer threads;

	@Option(names = "--templates", paramLabel = "DIR",
			description = "a folder of edited report templates; give every worker the same")
	private java.nio.file.Path templates;

	@CommandLine.Unmatched
	private List<String> springProperties = new ArrayList<>();

	@Override
	public Integer call() throws InterruptedException {
		CommandLine commandLine = this.spec.commandLine();
		ReportOptions.checkSpringProperties(commandLine, this.springProperties);
		List<String> properties = new ArrayList<>(this.springProperties);
		List<String> threadProperties = ReportOptions.threads(commandLine, this.threads, this.springProperties);
		properties.addAll(threadProperties);
		String count = threadProperties.get(0).substring(threadProperties.get(0).indexOf('=') + 1);
		properties.add("--gap-report.worker.threads=" + count);
		// one line per workbook on the console (logback-spring.xml), the rest to the log
		// file
		properties.add("--logging.level.io.gapreport.batch.ReportItemWriter=INFO");
		properties.add("--gap-report.worker.console=INFO");
		if (this.templates != null) {
			properties.add("--gap-report.templates=" + this.templates.toAbsolutePath());
		}
		try {
			return work(properties, count);
		}
		catch (Failures.Worded failure) {
			commandLine.getErr().println("gap-report: " + failure.getMessage());
			return failure.exitCode();
		}
	}

	private int work(List<String> properties, String count) throws InterruptedException {
		var stopped = new CountDownLatch(1);
		try (ConfigurableApplicationContext context = ReportOptions.application(properties)) {
			context.addApplicationListener((event) -> {
				if (event instanceof ContextClosedEvent) {
					stopped.countDown();
				}
			});
			// a broker out of reach at start is exit code 3 and one line, as for run
			// --remote; once running, the worker waits for a broker that goes away and
			// goes on when it is back (the listener container reconnects)
			try {
				context.getBean(ConnectionFactory.class).createConnection().close();
			}
			catch (RuntimeException ex) {
				throw Failures.word(ex, context.getEnvironment());
			}
			// every console line of a worker carries its time (GapReportCli#execute), as
			// its
			// workbook lines do (logback-spring.xml)
			PrintWriter out = this.spec.commandLine().getOut();
			out.printf(Locale.ROOT, "worker %s: reporting up to %s client(s) at once from queue %s%n", Worker.current(),
					count, context.getEnvironment().getProperty("gap-report.remote.queue", "gap-report.partitions"));
			out.flush();
			stopped.await();
		}
		return GapReportCli.OK;
	}

}
