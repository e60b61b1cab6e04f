package io.gapreport.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.gapreport.output.AtomicFiles;
import io.gapreport.output.RejectedCsv;
import io.gapreport.output.ScoresJson;
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

	private final ReportFolders folders = new ReportFolders();

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
		String outside = WorkbookFinder.linkOutside(this.input, workbook);
		if (outside != null) {
			return WorkbookOutcome.failed(path, null, null, outside, elapsed(start));
		}
		WorkbookSnapshot snapshot;
		try {
			snapshot = WorkbookSnapshot.of(workbook);
		}
		catch (IOException ex) {
			return WorkbookOutcome.failed(path, null, null, "cannot read the file: " + Outages.oneLine(ex),
					elapsed(start));
		}
		try (snapshot) {
			return report(snapshot, path, start);
		}
		catch (IOException ex) {
			// only the snapshot's removal can fail here; the outcome is already decided
			LOGGER.log(System.Logger.Level.WARNING, "could not remove " + snapshot.file(), ex);
			return WorkbookOutcome.failed(path, null, null, "cannot remove a temporary copy: " + Outages.oneLine(ex),
					elapsed(start));
		}
	}

	private WorkbookOutcome report(WorkbookSnapshot snapshot, String path, long start) {
		String client = null;
		String wave = null;
		try (SurveyWorkbook opened = SurveyWorkbook.open(snapshot.file(), snapshot.responsesFolder())) {
			Questionnaire questionnaire = opened.questionnaire();
			Engagement engagement = questionnaire.engagement();
			client = engagement.client();
			wave = engagement.wave();
			String folderName = ReportFolders.of(engagement);
			Path folder = this.output.resolve(folderName);
			String collision = this.folders.claim(engagement, path);
			if (collision != null) {
				return WorkbookOutcome.failed(path, client, wave, collision, elapsed(start));
			}
			String checksum = snapshot.checksum();
			if (!this.options.force() && this.ledger.isReported(checksum, folderName) && isComplete(folder)) {
				return delivered(new WorkbookOutcome(path, client, wave, WorkbookOutcome.Status.UNCHANGED,
						"already reported (use --force to report again)", List.of(), elapsed(start), List.of(), false),
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
					dataQuality(scores), files, elapsed(start), List.of(), false), checksum);
		}
		catch (WorkbookException ex) {
			return WorkbookOutcome.failed(path, client, wave, Outages.oneLine(ex.getMessage()), elapsed(start));
		}
		catch (IOException | UncheckedIOException ex) {
			return WorkbookOutcome.failed(path, client, wave, "could not write the report: " + Outages.oneLine(ex),
					elapsed(start));
		}
		catch (RuntimeException ex) {
			if (Outages.isUnreachable(ex)) {
				// the job database is gone: no later workbook could be recorded either
				throw ex;
			}
			if (Outages.ioCause(ex) != null) {
				return WorkbookOutcome.failed(path, client, wave,
						"could not write the report: " + Outages.oneLine(Outages.ioCause(ex)), elapsed(start));
			}
			// a fault of this program, not of the workbook: fail this workbook alone
			LOGGER.log(System.Logger.Level.ERROR, "could not report " + path, ex);
			return new WorkbookOutcome(path, client, wave, WorkbookOutcome.Status.FAILED,
					"could not make the report: an error in gap-report (" + ex.getClass().getSimpleName() + ": "
							+ Outages.oneLine(ex) + "); the log file has the details",
					List.of(), elapsed(start), List.of(), true);
		}
	}

	/** Whether every file a report always has is in its folder: else it is made again. */
	private boolean isComplete(Path folder) {
		return Files.isRegularFile(folder.resolve("scores.json"))
				&& this.reportFiles.stream().allMatch((file) -> Files.isRegularFile(folder.resolve(file.name())));
	}

	/**
	 * Sends (or, without --mail, lists) the report's copies; a copy that fails fails the
	 * workbook.
	 */
	private WorkbookOutcome delivered(WorkbookOutcome outcome, String checksum) {
		List<ReportDelivery.Outcome> mail = this.delivery.deliver(checksum, this.options.mail());
		List<String> failures = mail.stream()
			.filter((copy) -> copy.status() == ReportDelivery.Status.FAILED
					|| copy.status() == ReportDelivery.Status.UNREACHABLE)
			.map((copy) -> "e-mail to " + copy.recipient() + " failed: " + copy.message())
			.toList();
		WorkbookOutcome.Status status = failures.isEmpty() ? outcome.status() : WorkbookOutcome.Status.FAILED;
		String message = failures.isEmpty() ? outcome.message()
				: String.join("; ", failures) + " (the report is written; the next run with --mail sends it)";
		return new WorkbookOutcome(outcome.path(), outcome.client(), outcome.wave(), status, message, outcome.files(),
				outcome.elapsed(), mail, false);
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
			removeIfEmpty(folder);
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
			removeIfEmpty(folder);
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

	/**
	 * Removes a report folder and its client folder when a failed workbook left them
	 * empty: nothing is written for a workbook that cannot be reported.
	 */
	private void removeIfEmpty(Path folder) {
		for (Path dir = folder; dir != null && !dir.equals(this.output); dir = dir.getParent()) {
			try {
				Files.deleteIfExists(dir);
			}
			catch (IOException ex) {
				return; // not empty: an earlier report lives there
			}
		}
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

	private static Duration elapsed(long start) {
		return Duration.ofNanos(System.nanoTime() - start);
	}

}
