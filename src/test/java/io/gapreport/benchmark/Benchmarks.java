package io.gapreport.benchmark;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import io.gapreport.report.PdfReport;
import io.gapreport.sample.SampleClient;
import io.gapreport.sample.SampleWorkbooks;
import io.gapreport.scoring.ScoreAccumulator;
import io.gapreport.scoring.Scores;
import io.gapreport.survey.Scale;
import io.gapreport.workbook.SurveyWorkbook;

/**
 * The project's benchmark (run by {@code bench/run}, not by the tests): streaming and
 * scoring a 200,000-customer × 24-item workbook in a small heap, and rendering one report
 * warm. Prints medians, peak heap and PDF size.
 */
public final class Benchmarks {

	private Benchmarks() {
	}

	public static void main(String[] args) throws Exception {
		int customers = (args.length > 0) ? Integer.parseInt(args[0]) : 200_000;
		int repetitions = (args.length > 1) ? Integer.parseInt(args[1]) : 5;
		Path folder = Files.createDirectories(Path.of("target", "bench"));
		System.out.printf(Locale.ROOT, "JVM %s, max heap %d MB, %d cores%n", Runtime.version(),
				Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());

		Path big = folder.resolve("customers-" + customers + "x24.xlsx");
		if (!Files.exists(big)) {
			long start = System.nanoTime();
			SampleWorkbooks.writeOne(client("Benchmark Bank", customers, 24, 0.005), big);
			System.out.printf(Locale.ROOT, "generated %s (%d MB) in %.1f s%n", big, Files.size(big) >> 20,
					(System.nanoTime() - start) / 1e9);
		}
		List<Double> seconds = new ArrayList<>();
		long peak = 0;
		Scores scores = null;
		for (int i = 0; i < repetitions; i++) {
			System.gc();
			try (var sampler = new HeapSampler()) {
				long start = System.nanoTime();
				scores = score(big);
				seconds.add((System.nanoTime() - start) / 1e9);
				peak = Math.max(peak, sampler.peak());
			}
		}
		System.out.printf(Locale.ROOT,
				"read + score %d customers x 24 items: median %.2f s over %d runs (min %.2f, max %.2f), "
						+ "peak heap used %d MB; %d customers kept, %d invalid cells%n",
				customers, median(seconds), repetitions, Collections.min(seconds), Collections.max(seconds), peak >> 20,
				scores.counts().customers(), scores.counts().invalidCells());

		Path typical = folder.resolve("typical-300x16.xlsx");
		SampleWorkbooks.writeOne(client("Łódź Bank", 300, 16, 0.005), typical);
		Scores typicalScores = score(typical);
		PdfReport report = PdfReport.packaged();
		List<Double> renders = new ArrayList<>();
		int size = 0;
		for (int i = 0; i < 3 + 10; i++) {
			var out = new ByteArrayOutputStream();
			long start = System.nanoTime();
			report.write(typicalScores, List.of(), LocalDate.of(2026, 11, 25), out);
			if (i >= 3) {
				renders.add((System.nanoTime() - start) / 1e6);
			}
			size = out.size();
		}
		System.out.printf(Locale.ROOT,
				"render one report (300 customers, 16 items, Polish): median %.0f ms warm over 10 (min %.0f, max %.0f), PDF %d KB%n",
				median(renders), Collections.min(renders), Collections.max(renders), size >> 10);
	}

	private static Scores score(Path workbook) throws Exception {
		try (SurveyWorkbook opened = SurveyWorkbook.open(workbook)) {
			var accumulator = new ScoreAccumulator(opened.questionnaire());
			opened.stream(accumulator);
			return accumulator.scores(List.of());
		}
	}

	private static SampleClient client(String name, int customers, int items, double dirtyRate) {
		return new SampleClient(name, "2026-Q3", LocalDate.of(2026, 9, 30), "pl", Scale.DEFAULT, customers, items, 11,
				dirtyRate, List.of(-0.4, -0.9, 0.1, 0.2), List.of("bench@example.com"));
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int n = sorted.size();
		return (n % 2 == 1) ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	/** Samples heap use every few milliseconds while open. */
	private static final class HeapSampler implements AutoCloseable {

		private final AtomicLong peak = new AtomicLong();

		private final Thread thread;

		private volatile boolean running = true;

		HeapSampler() {
			var memory = ManagementFactory.getMemoryMXBean();
			this.thread = new Thread(() -> {
				while (this.running) {
					this.peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
					try {
						Thread.sleep(5);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			});
			this.thread.setDaemon(true);
			this.thread.start();
		}

		long peak() {
			return this.peak.get();
		}

		@Override
		public void close() throws InterruptedException {
			this.running = false;
			this.thread.join();
		}

	}

}
