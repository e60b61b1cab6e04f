package io.gapreport.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.gapreport.GapReportApplication;
import io.gapreport.run.RunOptions;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options {@code run} and {@code serve} share, and the application they start. */
final class ReportOptions {

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

	@Option(names = "--templates", paramLabel = "DIR",
			description = "a folder of edited report templates (report.ftlh, i18n/messages_*.properties)")
	Path templates;

	@Option(names = "--quiet", description = "print only the workbooks that failed (for cron)")
	boolean quiet;

	@Option(names = "--threads", paramLabel = "N",
			description = "clients reported at once, each on a thread of its own (default: the number of cores)")
	Integer threads;

	RunOptions runOptions() {
		return new RunOptions(this.force, this.mail);
	}

	/**
	 * Checks the options and starts the application with the Spring properties given
	 * after them; a usage error throws before anything is written.
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
		if (this.templates != null) {
			if (!Files.isDirectory(this.templates)) {
				throw new CommandLine.ParameterException(commandLine,
						"templates folder " + this.templates + " does not exist");
			}
			properties.add("--gap-report.templates=" + this.templates.toAbsolutePath());
		}
		ConfigurableApplicationContext context = application(properties);
		if (this.mail && !context.getEnvironment().containsProperty("spring.mail.host")) {
			context.close();
			throw new CommandLine.ParameterException(commandLine,
					"--mail needs an SMTP server: set spring.mail.host (and spring.mail.port, username, password)");
		}
		return context;
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
		int count = (threads != null) ? threads : Runtime.getRuntime().availableProcessors();
		if (count < 1) {
			throw new CommandLine.ParameterException(commandLine, "--threads must be at least 1");
		}
		List<String> properties = new ArrayList<>(List.of("--gap-report.threads=" + count));
		if (springProperties.stream().noneMatch((property) -> property.contains(".maximum-pool-size="))) {
			properties.add("--spring.datasource.hikari.maximum-pool-size=" + Math.max(10, 2 * count + 4));
		}
		return properties;
	}

	static ConfigurableApplicationContext application(List<String> properties) {
		return new SpringApplication(GapReportApplication.class).run(properties.toArray(String[]::new));
	}

}
