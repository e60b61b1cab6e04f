package io.gapreport.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import io.gapreport.GapReportApplication;
import io.gapreport.run.RunOptions;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options {@code run} and {@code serve} share, and the application they start. */
final class ReportOptions {

	/**
	 * The most threads a run or worker takes: each holds up to two database connections,
	 * and more threads than this only wait on the disk and the database.
	 */
	static final int MAX_THREADS = 256;

	private static final List<String> LOCAL_HOSTS = List.of("localhost", "::1", "[::1]");

	private static final Logger LOGGER = LoggerFactory.getLogger(ReportOptions.class);

	private @Nullable Environment environment;

	@Option(names = "--input", paramLabel = "DIR", defaultValue = "input",
			description = "folder of workbooks, searched recursively (default: ${DEFAULT-VALUE})")
	Path input;

	@Option(names = "--output", paramLabel = "DIR", defaultValue = "output",
			description = "folder for the reports (default: ${DEFAULT-VALUE})")
	Path output;

	@Option(names = "--force", description = "report workbooks again even when their content is unchanged")
	boolean force;

	@Option(names = "--mail",
			description = "e-mail each report to the workbook's recipients (SMTP from spring.mail.*); without it, only say who would get it")
	boolean mail;

	@Option(names = "--retry-refused",
			description = "with --mail, send again the copies the mail server refused for good in an earlier run (a 5xx answer, e.g. an unknown mailbox since fixed on the server)")
	boolean retryRefused;

	@Option(names = "--templates", paramLabel = "DIR",
			description = "a folder of edited report templates (report.ftlh, i18n/messages_*.properties)")
	Path templates;

	@Option(names = "--quiet", description = "print only the workbooks that failed (for cron)")
	boolean quiet;

	@Option(names = "--threads", paramLabel = "N",
			description = "clients reported at once, each on a thread of its own, 1 to " + MAX_THREADS
					+ " (default: the number of cores)")
	Integer threads;

	RunOptions runOptions() {
		return new RunOptions(this.force, this.mail, this.retryRefused);
	}

	/**
	 * Checks the options and starts the application with the Spring properties given
	 * after them; a usage error throws before anything is written, a failure to start
	 * throws {@link Failures.Worded} naming what could not be reached or is
	 * misconfigured.
	 */
	ConfigurableApplicationContext start(CommandLine commandLine, List<String> springProperties) {
		checkSpringProperties(commandLine, springProperties);
		if (!Files.exists(this.input)) {
			throw new CommandLine.ParameterException(commandLine, "input folder " + this.input + " does not exist");
		}
		if (Files.exists(this.output) && !Files.isDirectory(this.output)) {
			throw new CommandLine.ParameterException(commandLine, "output " + this.output + " is a file, not a folder");
		}
		List<String> properties = new ArrayList<>(springProperties);
		properties.addAll(threads(commandLine, this.threads, springProperties));
		checkWritable(this.output);
		if (this.templates != null) {
			if (!Files.isDirectory(this.templates)) {
				throw new CommandLine.ParameterException(commandLine,
						"templates folder " + this.templates + " does not exist");
			}
			properties.add("--gap-report.templates=" + this.templates.toAbsolutePath());
		}
		ConfigurableApplicationContext context = application(properties);
		this.environment = context.getEnvironment();
		try {
			checkMail(commandLine, this.environment);
		}
		catch (RuntimeException ex) {
			context.close();
			throw ex;
		}
		return context;
	}

	/**
	 * Words a failure of a run of the started application, and logs it with its stack
	 * trace (to the log file: the console shows only the worded line).
	 */
	Failures.Worded failure(RuntimeException failure) {
		Failures.Worded worded = Failures.word(failure, this.environment);
		LOGGER.error(worded.getMessage(), failure);
		return worded;
	}

	/**
	 * {@code --mail} needs an SMTP server, and a sender of the firm's own when that
	 * server is not on this machine: {@code gap-report@localhost} would be refused or
	 * junked. With {@code run --remote} it is the manager that sends, in the delivery
	 * step, so the manager needs them and the workers do not.
	 */
	private void checkMail(CommandLine commandLine, Environment environment) {
		if (!this.mail) {
			return;
		}
		String host = environment.getProperty("spring.mail.host");
		if (host == null) {
			throw new CommandLine.ParameterException(commandLine,
					"--mail needs an SMTP server: set spring.mail.host (and spring.mail.port, username, password)");
		}
		if (!LOCAL_HOSTS.contains(host.toLowerCase(Locale.ROOT)) && !host.startsWith("127.")
				&& environment.getProperty("gap-report.mail.from") == null) {
			throw new CommandLine.ParameterException(commandLine, "--mail through " + host
					+ " needs a sender address: set gap-report.mail.from (e.g. --gap-report.mail.from=reports@your-firm.com)");
		}
	}

	/**
	 * The output folder, or the folder it would be made in, must take a file: a probe
	 * file is made there and removed. A folder that cannot be written is a setting to fix
	 * (exit code 2), said once, rather than a failure of every workbook in turn.
	 */
	static void checkWritable(Path output) {
		Path existing = output.toAbsolutePath().normalize();
		while (existing.getParent() != null && !Files.exists(existing)) {
			existing = existing.getParent();
		}
		if (!Files.isDirectory(existing)) {
			throw new Failures.Worded(GapReportCli.USAGE, "cannot write in " + output + ": " + existing
					+ " is a file, not a folder (choose another --output)", null);
		}
		try {
			Files.delete(Files.createTempFile(existing, ".gap-report-", ".probe"));
		}
		catch (IOException ex) {
			throw new Failures.Worded(GapReportCli.USAGE, "cannot write in " + existing + " ("
					+ io.gapreport.run.Outages.oneLine(ex) + "): make it writable, or choose another --output", ex);
		}
	}

	/** Only Spring Boot properties may follow a command's own options. */
	static void checkSpringProperties(CommandLine commandLine, List<String> springProperties) {
		for (String property : springProperties) {
			if (!property.startsWith("--spring.") && !property.startsWith("--logging.")
					&& !property.startsWith("--gap-report.")) {
				throw new CommandLine.ParameterException(commandLine, "unknown option " + property);
			}
		}
	}

	/**
	 * The properties for {@code threads} threads: each holds up to two database
	 * connections (its chunk's and a claim's), so the pool grows with them unless set.
	 */
	static List<String> threads(CommandLine commandLine, Integer threads, List<String> springProperties) {
		int count = (threads != null) ? threads : Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors());
		if (count < 1 || count > MAX_THREADS) {
			throw new CommandLine.ParameterException(commandLine,
					"--threads must be between 1 and " + MAX_THREADS + ", not " + count);
		}
		List<String> properties = new ArrayList<>(List.of("--gap-report.threads=" + count));
		if (springProperties.stream().noneMatch((property) -> property.contains(".maximum-pool-size="))) {
			properties.add("--spring.datasource.hikari.maximum-pool-size=" + Math.max(10, 2 * count + 4));
		}
		return properties;
	}

	/**
	 * Starts the application with its log file named by this process; a failure to start
	 * throws {@link Failures.Worded} naming what could not be reached or is
	 * misconfigured.
	 */
	static ConfigurableApplicationContext application(List<String> properties) {
		List<String> all = new ArrayList<>(properties);
		all.add("--gap-report.process-id=" + LogFiles.processId());
		var application = new SpringApplication(GapReportApplication.class);
		AtomicReference<Environment> environment = new AtomicReference<>();
		application.addListeners((ApplicationListener<ApplicationEnvironmentPreparedEvent>) (event) -> environment
			.set(event.getEnvironment()));
		ConfigurableApplicationContext context;
		try {
			context = application.run(all.toArray(String[]::new));
		}
		catch (RuntimeException ex) {
			throw Failures.word(ex, environment.get());
		}
		LogFiles.prune(context.getEnvironment());
		return context;
	}

}
