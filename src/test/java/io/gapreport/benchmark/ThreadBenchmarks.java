package io.gapreport.benchmark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import io.gapreport.cli.GapReportCli;

/**
 * The thread benchmark ({@code REPS=N bench/run threads}; arguments [WORKBOOKS]
 * [REPETITIONS]): the whole {@code run} command, wall time, on 200 sample workbooks of
 * 2,000 customers × 24 items (100 clients with two waves each), on one thread and on as
 * many as there are cores, each time into a fresh output folder and job database. Prints
 * the medians.
 */
public final class ThreadBenchmarks {

	private ThreadBenchmarks() {
	}

	public static void main(String[] args) throws Exception {
		int workbooks = (args.length > 0) ? Integer.parseInt(args[0]) : 200;
		int repetitions = (args.length > 1) ? Integer.parseInt(args[1]) : 3;
		int cores = Runtime.getRuntime().availableProcessors();
		Path folder = Files.createDirectories(Path.of("target", "bench", "threads"));
		Path input = folder.resolve("input-" + workbooks + "x2000x24");
		if (!Files.isDirectory(input)) {
			// sample makes at most 100 clients: two quarterly waves each, one partition
			// per client
			command("sample", "--output", input.toString(), "--clients", String.valueOf((workbooks + 1) / 2), "--waves",
					"2", "--respondents", "2000", "--items", "24");
		}
		System.out.printf(Locale.ROOT, "JVM %s, max heap %d MB, %d cores; %d workbooks of 2,000 x 24%n",
				Runtime.version(), Runtime.getRuntime().maxMemory() >> 20, cores, workbooks);
		for (int threads : (cores > 1) ? List.of(1, cores) : List.of(1)) {
			List<Double> seconds = new ArrayList<>();
			for (int i = 0; i < repetitions; i++) {
				Path run = folder.resolve("run");
				delete(run);
				long start = System.nanoTime();
				command("run", "--quiet", "--input", input.toString(), "--output", run.resolve("output").toString(),
						"--threads", String.valueOf(threads),
						"--spring.datasource.url=jdbc:h2:file:" + run.resolve("db/gap-report").toAbsolutePath());
				seconds.add((System.nanoTime() - start) / 1e9);
			}
			System.out.printf(Locale.ROOT,
					"run on %d thread(s): median %.1f s wall over %d runs (min %.1f, max %.1f)%n", threads,
					median(seconds), repetitions, Collections.min(seconds), Collections.max(seconds));
		}
	}

	private static void command(String... args) {
		var out = new StringWriter();
		int exit = GapReportCli.execute(new PrintWriter(out, true), new PrintWriter(out, true), args);
		if (exit != GapReportCli.OK) {
			throw new IllegalStateException(String.join(" ", args) + " exited " + exit + ": " + out);
		}
	}

	private static void delete(Path folder) throws IOException {
		if (Files.exists(folder)) {
			try (Stream<Path> files = Files.walk(folder)) {
				for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(file);
				}
			}
		}
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int n = sorted.size();
		return (n % 2 == 1) ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

}
