package io.gapreport.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import io.gapreport.output.AtomicFiles;
import io.gapreport.output.RejectedCsv;
import io.gapreport.output.ScoresJson;
import io.gapreport.output.Slug;
import io.gapreport.scoring.ScoreAccumulator;
import io.gapreport.scoring.Scores;
import io.gapreport.survey.Engagement;
import io.gapreport.survey.Questionnaire;
import io.gapreport.workbook.SurveyWorkbook;
import io.gapreport.workbook.WorkbookException;

/**
 * Turns one workbook into its report files under
 * {@code <output>/<client-slug>/<wave-slug>/}: reads and scores it in one streamed pass,
 * then writes each file to a temporary name and moves it into place. A workbook that
 * cannot be reported becomes a {@code failed} outcome with a message naming sheet and
 * cell; it never throws, so that one bad workbook never stops the others.
 */
public final class WorkbookReporter {

	private static final System.Logger LOGGER = System.getLogger(WorkbookReporter.class.getName());

	private final Path input;

	private final Path output;

	private final RunOptions options;

	private final WaveHistory history;

	private final ReportLedger ledger;

	private final List<ReportFile> reportFiles;

	private final ReportDelivery delivery;

	private final Map<Path, String> foldersThisRun = new HashMap<>();

	public WorkbookReporter(Path input, Path output, RunOptions options, WaveHistory history, ReportLedger ledger,
			List<ReportFile> reportFiles, ReportDelivery delivery) {
		this.input = input;
		this.output = output;
		this.options = options;
		this.history = history;
		this.ledger = ledger;
		this.reportFiles = List.copyOf(reportFiles);
		this.delivery = delivery;
	}

	/** Reports {@code workbook}, or says why not. */
	public WorkbookOutcome report(Path workbook) {
		long start = System.nanoTime();
		String path = relativeName(workbook);
		String client = null;
		String wave = null;
		try (SurveyWorkbook opened = SurveyWorkbook.open(workbook)) {
			Questionnaire questionnaire = opened.questionnaire();
			Engagement engagement = questionnaire.engagement();
			client = engagement.client();
			wave = engagement.wave();
			Path folder = this.output.resolve(Slug.of(client)).resolve(Slug.of(wave));
			String folderName = this.output.relativize(folder).toString().replace('\\', '/');
			String earlier = this.foldersThisRun.putIfAbsent(folder, path);
			if (earlier != null) {
				return WorkbookOutcome.failed(path, client, wave,
						"Engagement: same client and wave as " + earlier + " (its report would be overwritten)",
						elapsed(start));
			}
			String checksum = checksum(opened.contentFiles());
			if (!this.options.force() && this.ledger.isReported(checksum, folderName)
					&& Files.isRegularFile(folder.resolve("scores.json"))) {
				return delivered(
						new WorkbookOutcome(path, client, wave, WorkbookOutcome.Status.UNCHANGED,
								"already reported (use --force to report again)", List.of(), elapsed(start), List.of()),
						checksum);
			}
			Scores scores = write(opened, questionnaire, folder);
			List<String> files = this.reportFileNames(folder, folderName);
			this.ledger.recordReported(checksum, folderName, client, wave, files);
			Path pdf = folder.resolve("report.pdf");
			if (Files.isRegularFile(pdf)) {
				this.delivery.enqueue(checksum, scores, pdf);
			}
			return delivered(new WorkbookOutcome(path, client, wave, WorkbookOutcome.Status.REPORTED,
					dataQuality(scores), files, elapsed(start), List.of()), checksum);
		}
		catch (WorkbookException ex) {
			return WorkbookOutcome.failed(path, client, wave, ex.getMessage(), elapsed(start));
		}
		catch (IOException | UncheckedIOException ex) {
			return WorkbookOutcome.failed(path, client, wave, "could not write the report: " + ex.getMessage(),
					elapsed(start));
		}
		catch (RuntimeException ex) {
			// a fault of this program, not of the workbook: fail this workbook alone
			LOGGER.log(System.Logger.Level.DEBUG, "could not report " + path, ex);
			return WorkbookOutcome.failed(path, client, wave,
					"could not make the report (an error in gap-report; details with --logging.level.io.gapreport=debug): "
							+ ex,
					elapsed(start));
		}
	}

	/**
	 * Sends (or, without --mail, lists) the report's copies; a copy that fails fails the
	 * workbook.
	 */
	private WorkbookOutcome delivered(WorkbookOutcome outcome, String checksum) {
		List<ReportDelivery.Outcome> mail = this.delivery.deliver(checksum, this.options.mail());
		List<String> failures = mail.stream()
			.filter((copy) -> copy.status() == ReportDelivery.Status.FAILED)
			.map((copy) -> "e-mail to " + copy.recipient() + " failed: " + copy.message())
			.toList();
		WorkbookOutcome.Status status = failures.isEmpty() ? outcome.status() : WorkbookOutcome.Status.FAILED;
		String message = failures.isEmpty() ? outcome.message()
				: String.join("; ", failures) + " (the report is written; the next run with --mail sends it)";
		return new WorkbookOutcome(outcome.path(), outcome.client(), outcome.wave(), status, message, outcome.files(),
				outcome.elapsed(), mail);
	}

	private Scores write(SurveyWorkbook workbook, Questionnaire questionnaire, Path folder)
			throws IOException, WorkbookException {
		deleteLeftovers(folder);
		var accumulator = new ScoreAccumulator(questionnaire);
		var problems = new ProblemSample(accumulator);
		var rejected = new RejectedCsv(folder);
		try {
			workbook.stream(problems.teeTo(rejected));
		}
		catch (WorkbookException | RuntimeException ex) {
			rejected.discard();
			throw ex;
		}
		Scores scores = accumulator.scores(this.history.earlierWaves(questionnaire.engagement()));
		var report = new ReportFile.Content(questionnaire, scores, problems.first());
		List<AtomicFiles.Prepared> prepared = new ArrayList<>();
		try {
			for (ReportFile file : this.reportFiles) {
				prepared.add(AtomicFiles.prepare(folder.resolve(file.name()), (out) -> file.write(report, out)));
			}
			prepared.add(AtomicFiles.prepare(folder.resolve("scores.json"), (out) -> ScoresJson.write(scores, out)));
		}
		catch (IOException | RuntimeException ex) {
			rejected.discard();
			for (AtomicFiles.Prepared file : prepared) {
				file.discard();
			}
			throw ex;
		}
		// every file is complete: move them into place, scores.json last (it marks the
		// report done)
		rejected.finish(folder.resolve("rejected.csv"));
		for (AtomicFiles.Prepared file : prepared) {
			file.commit();
		}
		this.history.record(scores);
		return scores;
	}

	private List<String> reportFileNames(Path folder, String folderName) {
		List<String> names = new ArrayList<>();
		names.add("scores.json");
		this.reportFiles.forEach((file) -> names.add(file.name()));
		names.add("rejected.csv");
		return names.stream()
			.filter((name) -> Files.isRegularFile(folder.resolve(name)))
			.map((name) -> folderName + "/" + name)
			.toList();
	}

	/** Removes the temporary files of a run that was killed while writing this folder. */
	private static void deleteLeftovers(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return;
		}
		try (var files = Files.list(folder)) {
			for (Path file : files.toList()) {
				String name = file.getFileName().toString();
				if (name.startsWith(".") && name.endsWith(".part")) {
					Files.deleteIfExists(file);
				}
			}
		}
	}

	private static String dataQuality(Scores scores) {
		int rejected = scores.counts().rejectedRows();
		int invalid = scores.counts().invalidCells();
		if (rejected == 0 && invalid == 0) {
			return "";
		}
		return rejected + " rejected row(s), " + invalid + " invalid cell(s): see rejected.csv";
	}

	private String relativeName(Path workbook) {
		Path base = Files.isDirectory(this.input) ? this.input : this.input.toAbsolutePath().getParent();
		try {
			return base.toAbsolutePath().relativize(workbook.toAbsolutePath()).toString().replace('\\', '/');
		}
		catch (IllegalArgumentException ex) {
			return workbook.toString();
		}
	}

	/**
	 * The SHA-256 of the files' bytes one after the other: a workbook's alone, or a
	 * workbook's then its export's.
	 */
	static String checksum(List<Path> files) throws IOException {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[64 * 1024];
			for (Path file : files) {
				try (InputStream in = Files.newInputStream(file)) {
					for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
						digest.update(buffer, 0, read);
					}
				}
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Duration elapsed(long start) {
		return Duration.ofNanos(System.nanoTime() - start);
	}

}
