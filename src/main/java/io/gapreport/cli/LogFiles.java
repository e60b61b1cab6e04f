package io.gapreport.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;

/**
 * The log file of each {@code run} or {@code serve} process, named by its start time and
 * process id ({@code logging.file.name} in application.properties); only the newest
 * {@code gap-report.logs.keep} (default 30) are kept.
 */
final class LogFiles {

	private static final Logger LOGGER = LoggerFactory.getLogger(LogFiles.class);

	private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss");

	private LogFiles() {
	}

	/** This process's part of the log file's name: start time and process id. */
	static String processId() {
		return LocalDateTime.now().format(STARTED) + "_" + ProcessHandle.current().pid();
	}

	/** Removes all but the newest log files of earlier processes. */
	static void prune(Environment environment) {
		String name = environment.getProperty("logging.file.name");
		if (name == null) {
			return;
		}
		Path own = Path.of(name).toAbsolutePath();
		int keep = environment.getProperty("gap-report.logs.keep", Integer.class, 30);
		try (Stream<Path> files = Files.list(own.getParent())) {
			List<Path> logs = files.filter((file) -> file.getFileName().toString().startsWith("gap-report-"))
				.filter((file) -> !file.equals(own))
				.sorted(Comparator.comparing((Path file) -> file.getFileName().toString()).reversed())
				.toList();
			for (Path old : logs.subList(Math.min(logs.size(), Math.max(0, keep - 1)), logs.size())) {
				Files.deleteIfExists(old);
			}
		}
		catch (IOException ex) {
			LOGGER.warn("could not remove old log files", ex);
		}
	}

}
