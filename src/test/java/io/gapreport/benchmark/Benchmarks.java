package io.gapreport.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import io.gapreport.report.PdfReport;
import io.gapreport.report.ReportLetters;
import io.gapreport.report.ReportModel;
import io.gapreport.sample.SampleClient;
import io.gapreport.sample.SampleSpec;
import io.gapreport.sample.SampleWorkbooks;
import io.gapreport.scoring.ScoreAccumulator;
import io.gapreport.scoring.Scores;
import io.gapreport.survey.Scale;
import io.gapreport.workbook.SurveyWorkbook;

/**
 * The project's in-process benchmarks (run by {@code bench/run}, not by the tests; the
 * start-up and 200-workbook figures are measured by {@code bench/run} through the
 * launcher). Prints medians, CPU time beside wall time (the machine is often shared), and
 * peak heap.
 *
 * <pre>
 * Benchmarks read CUSTOMERS REPETITIONS   reading + scoring, µs per customer row of 48 answers
 * Benchmarks render REPETITIONS           one typical report rendered warm
 * Benchmarks twin REPETITIONS             one batch sample's report, warm: model, PDF, HTML twin, mail, each timed
 * Benchmarks report CUSTOMERS             one workbook read, scored and reported (run it with -Xmx256m)
 * </pre>
 */
public final class Benchmarks {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private Benchmarks() {
	}

	public static void main(String[] args) throws Exception {
		String what = (args.length > 0) ? args[0] : "read";
		Path folder = Files.createDirectories(Path.of("target", "bench"));
		System.out.printf(Locale.ROOT, "JVM %s, max heap %d MB, %d cores%n", Runtime.version(),
				Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
		switch (what) {
			case "read" -> read(folder, count(args, 1, 100_000), count(args, 2, 5));
			case "render" -> render(folder, count(args, 1, 10));
			case "twin" -> twin(folder, count(args, 1, 20));
			case "report" -> report(folder, count(args, 1, 1_000_000));
			default -> throw new IllegalArgumentException("read, render, twin or report, not " + what);
		}
	}

	private static void read(Path folder, int customers, int repetitions) throws Exception {
		Path workbook = workbook(folder, customers);
		List<Double> wall = new ArrayList<>();
		List<Double> cpu = new ArrayList<>();
		Scores scores = null;
		try (var heap = new HeapSampler()) {
			for (int i = 0; i < repetitions + 1; i++) {
				long start = System.nanoTime();
				long startCpu = THREADS.getCurrentThreadCpuTime();
				scores = score(workbook);
				if (i > 0) {
					wall.add((System.nanoTime() - start) / 1e3 / customers);
					cpu.add((THREADS.getCurrentThreadCpuTime() - startCpu) / 1e3 / customers);
				}
			}
			System.out.printf(Locale.ROOT,
					"read + score, %d customers x 24 items (48 answers a row), after one warm-up run: median %.1f µs a row"
							+ " wall (min %.1f, max %.1f), %.1f µs CPU (min %.1f) over %d runs; peak heap used %d MB;"
							+ " %d customers kept, %d invalid cells%n",
					customers, median(wall), Collections.min(wall), Collections.max(wall), median(cpu),
					Collections.min(cpu), repetitions, heap.peak() >> 20, scores.counts().customers(),
					scores.counts().invalidCells());
		}
	}

	private static void render(Path folder, int repetitions) throws Exception {
		Path typical = folder.resolve("typical-300x16.xlsx");
		SampleWorkbooks.writeOne(client("Łódź Bank", 300, 16, 0.005), typical);
		Scores scores = score(typical);
		PdfReport report = PdfReport.packaged();
		List<Double> wall = new ArrayList<>();
		List<Double> cpu = new ArrayList<>();
		int size = 0;
		for (int i = 0; i < 3 + repetitions; i++) {
			var out = new ByteArrayOutputStream();
			long start = System.nanoTime();
			long startCpu = THREADS.getCurrentThreadCpuTime();
			report.write(scores, List.of(), LocalDate.of(2026, 11, 25), out);
			if (i >= 3) {
				wall.add((System.nanoTime() - start) / 1e6);
				cpu.add((THREADS.getCurrentThreadCpuTime() - startCpu) / 1e6);
			}
			size = out.size();
		}
		System.out.printf(Locale.ROOT,
				"render one report (300 customers, 16 items, Polish), warm: median %.0f ms wall (min %.0f, max %.0f),"
						+ " %.0f ms CPU over %d; PDF %d KB%n",
				median(wall), Collections.min(wall), Collections.max(wall), median(cpu), repetitions, size >> 10);
	}

	/**
	 * What each of a report's parts costs, warm, on one workbook like the batch's (2,000
	 * customers × 24 items, with comments and themes): the model, the PDF, the HTML twin
	 * and the mail's bodies, CPU time of this thread, medians.
	 */
	private static void twin(Path folder, int repetitions) throws Exception {
		Path sample = folder.resolve("twin");
		List<Path> workbooks = Files.exists(sample.resolve(".complete")) ? List.of(sample.resolve("first.xlsx"))
				: List.of();
		if (workbooks.isEmpty()) {
			Path written = SampleWorkbooks.write(new SampleSpec(1, 2000, 24, 7), sample).get(0);
			Files.move(written, sample.resolve("first.xlsx"));
			Files.createFile(sample.resolve(".complete"));
		}
		Scores scores = score(sample.resolve("first.xlsx"));
		PdfReport report = PdfReport.packaged();
		ReportLetters letters = ReportLetters.packaged();
		List<Double> model = new ArrayList<>();
		List<Double> pdf = new ArrayList<>();
		List<Double> html = new ArrayList<>();
		List<Double> mail = new ArrayList<>();
		int pdfSize = 0;
		int htmlSize = 0;
		for (int i = 0; i < 5 + repetitions; i++) {
			long start = THREADS.getCurrentThreadCpuTime();
			ReportModel built = report.model(scores, List.of(), LocalDate.of(2026, 11, 25));
			long modelled = THREADS.getCurrentThreadCpuTime();
			var pdfOut = new ByteArrayOutputStream();
			report.render(built, pdfOut);
			long rendered = THREADS.getCurrentThreadCpuTime();
			var htmlOut = new ByteArrayOutputStream();
			report.renderHtml(built, htmlOut);
			long twinned = THREADS.getCurrentThreadCpuTime();
			letters.compose(built, pdfOut.size(), folder.resolve("report.pdf"));
			long mailed = THREADS.getCurrentThreadCpuTime();
			if (i >= 5) {
				model.add((modelled - start) / 1e6);
				pdf.add((rendered - modelled) / 1e6);
				html.add((twinned - rendered) / 1e6);
				mail.add((mailed - twinned) / 1e6);
			}
			pdfSize = pdfOut.size();
			htmlSize = htmlOut.size();
		}
		System.out.printf(Locale.ROOT,
				"one batch sample's report (2,000 customers, 24 items), warm, ms CPU, median over %d: model %.1f,"
						+ " PDF %.1f, HTML twin %.1f, mail bodies %.1f; PDF %d KB, HTML %d KB%n",
				repetitions, median(model), median(pdf), median(html), median(mail), pdfSize >> 10, htmlSize >> 10);
	}

	private static void report(Path folder, int customers) throws Exception {
		Path workbook = workbook(folder, customers);
		try (var heap = new HeapSampler()) {
			long start = System.nanoTime();
			Scores scores = score(workbook);
			double read = (System.nanoTime() - start) / 1e9;
			Path pdf = folder.resolve("report-" + customers + ".pdf");
			try (OutputStream out = Files.newOutputStream(pdf)) {
				PdfReport.packaged().write(scores, List.of(), LocalDate.of(2026, 11, 25), out);
			}
			System.out.printf(Locale.ROOT,
					"%d customers x 24 items read and scored in %.1f s, reported in %.1f s more (%s, %d KB);"
							+ " peak heap used %d MB of %d MB%n",
					customers, read, (System.nanoTime() - start) / 1e9 - read, pdf, Files.size(pdf) >> 10,
					heap.peak() >> 20, Runtime.getRuntime().maxMemory() >> 20);
		}
	}

	/** The benchmark workbook of {@code customers} × 24 items, generated once. */
	private static Path workbook(Path folder, int customers) throws Exception {
		Path workbook = folder.resolve("customers-" + customers + "x24.xlsx");
		if (!Files.exists(workbook)) {
			long start = System.nanoTime();
			Path partial = folder.resolve(workbook.getFileName() + ".partial");
			SampleWorkbooks.writeOne(client("Benchmark Bank", customers, 24, 0.005), partial);
			Files.move(partial, workbook);
			System.out.printf(Locale.ROOT, "generated %s (%d MB) in %.1f s%n", workbook, Files.size(workbook) >> 20,
					(System.nanoTime() - start) / 1e9);
		}
		return workbook;
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

	private static int count(String[] args, int index, int otherwise) {
		return (args.length > index) ? Integer.parseInt(args[index]) : otherwise;
	}

	static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int n = sorted.size();
		return (n % 2 == 1) ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

}
