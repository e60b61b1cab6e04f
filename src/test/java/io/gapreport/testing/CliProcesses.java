package io.gapreport.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import io.gapreport.cli.GapReportCli;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * gap-report commands run as a user runs them, each in a JVM of its own through the
 * command-line entry, with its console (standard output and error) in a file named after
 * it; {@link #close()} kills whatever is still running.
 */
public final class CliProcesses implements AutoCloseable {

	private final Path folder;

	private final Map<String, Process> processes = new LinkedHashMap<>();

	public CliProcesses(Path folder) {
		this.folder = folder;
	}

	/** Starts {@code gap-report args...} as the process {@code name}. */
	public Process start(String name, List<String> args) throws IOException {
		return start(name, args, Path.of("").toAbsolutePath(), List.of());
	}

	/**
	 * Starts {@code gap-report args...} as the process {@code name} in {@code directory},
	 * its JVM given {@code jvmOptions} too (e.g. {@code -Duser.home=...}).
	 */
	public Process start(String name, List<String> args, Path directory, List<String> jvmOptions) throws IOException {
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
				"-Xmx512m", "-Djava.awt.headless=true"));
		command.addAll(jvmOptions);
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), GapReportCli.class.getName()));
		command.addAll(args);
		Process process = new ProcessBuilder(command).directory(directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(this.folder.resolve(name + ".log").toFile())
			.start();
		this.processes.put(name, process);
		return process;
	}

	/** Runs {@code gap-report args...} as the process {@code name} to its end. */
	public int run(String name, List<String> args) throws IOException, InterruptedException {
		return waitFor(name, start(name, args));
	}

	/**
	 * Waits up to ten minutes for the process {@code name} to end, and gives its exit
	 * code.
	 */
	public int waitFor(String name, Process process) throws InterruptedException {
		if (!process.waitFor(10, TimeUnit.MINUTES)) {
			throw new AssertionError(name + " did not end within 10 minutes: " + console(name));
		}
		return process.exitValue();
	}

	/** What the process {@code name} has printed so far. */
	public String console(String name) {
		try {
			Path file = this.folder.resolve(name + ".log");
			return Files.exists(file) ? Files.readString(file) : "";
		}
		catch (IOException ex) {
			return "";
		}
	}

	/**
	 * Waits up to five minutes for {@code condition}, checking it every 20 ms; on time
	 * out, the error shows each process's console.
	 */
	public void awaitTrue(BooleanSupplier condition) throws InterruptedException {
		try {
			Awaitility.await()
				.atMost(Duration.ofMinutes(5))
				.pollInterval(Duration.ofMillis(20))
				.until(condition::getAsBoolean);
		}
		catch (ConditionTimeoutException ex) {
			throw new AssertionError("timed out; " + this.processes.keySet()
				.stream()
				.map((name) -> name + ": " + console(name))
				.collect(Collectors.joining("\n")), ex);
		}
	}

	/** How many workbooks a console says were reported. */
	public static long reported(String console) {
		return console.lines().filter((line) -> line.contains(".xlsx: reported")).count();
	}

	@Override
	public void close() {
		this.processes.values().forEach(Process::destroyForcibly);
	}

}
