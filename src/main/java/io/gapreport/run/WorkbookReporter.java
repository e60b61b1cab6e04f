package io.gapreport.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
import org.jspecify.annotations.Nullable;

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

	private final FolderClaims claims;

	public WorkbookReporter(Path input, Path output, RunOptions options, WaveHistory history, ReportLedger ledger,
			List<ReportFile> reportFiles, ReportDelivery delivery, FolderClaims claims) {
		this.input = input;
		this.output = output;
		this.options = options;
		this.history = history;
		this.ledger = ledger;
		this.reportFiles = List.copyOf(reportFiles);
		this.delivery = delivery;
		this.claims = claims;
	}

	/**
	 * Reports {@code workbook}, or says why not: {@link #prepare} then {@link #commit}.
	 */
	public WorkbookOutcome report(Path workbook) {
		return commit(prepare(workbook));
	}

	/**
	 * Reads and scores {@code workbook} and writes its files under temporary names; puts
	 * nothing in place and records nothing but the claim of its report folder.
	 */
	public ReportDraft prepare(Path workbook) {
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
			Optional<String> earlier = this.claims.claim(folderName, path);
			if (earlier.isPresent()) {
				return failed(path, client, wave,
						"Engagement: same client and wave as " + earlier.get() + " (its report would be overwritten)",
						start);
			}
			String checksum = ReportFolders.checksum(workbook);
			if (!this.options.force() && this.ledger.isReported(checksum, folderName)
					&& Files.isRegularFile(folder.resolve("scores.json"))) {
				return new ReportDraft.Settled(
						new WorkbookOutcome(path, client, wave, WorkbookOutcome.Status.UNCHANGED,
								"already reported (use --force to report again)", List.of(), elapsed(start), List.of()),
						checksum);
			}
			return draft(opened, questionnaire, path, checksum, folder, folderName, start);
		}
		catch (WorkbookException ex) {
			return failed(path, client, wave, ex.getMessage(), start);
		}
		catch (IOException | UncheckedIOException ex) {
			return failed(path, client, wave, "could not write the report: " + ex.getMessage(), start);
		}
		catch (RuntimeException ex) {
			return failed(path, client, wave, programError(path, ex), start);
		}
	}

	/**
	 * Puts a draft's files into place, records the wave and the reported content, and
	 * sends (or lists) its mail.
	 */
	public WorkbookOutcome commit(ReportDraft draft) {
		return switch (draft) {
			case ReportDraft.Settled settled ->
				(settled.checksum() != null) ? delivered(settled.outcome(), settled.checksum()) : settled.outcome();
			case ReportDraft.Ready ready -> commitReady(ready);
		};
	}

	private WorkbookOutcome commitReady(ReportDraft.Ready ready) {
		Scores scores = ready.scores();
		String client = scores.engagement().client();
		String wave = scores.engagement().wave();
		try {
			// every file is complete: move them into place, scores.json last (it marks
			// the report done)
			ready.rejected().finish(ready.folder().resolve("rejected.csv"));
			for (AtomicFiles.Prepared file : ready.files()) {
				file.commit();
			}
			this.history.record(scores);
			List<String> files = this.reportFileNames(ready.folder(), ready.folderName());
			this.ledger.recordReported(ready.checksum(), ready.folderName(), client, wave, files);
			Path pdf = ready.folder().resolve("report.pdf");
			if (Files.isRegularFile(pdf)) {
				this.delivery.enqueue(ready.checksum(), scores, pdf);
			}
			return delivered(new WorkbookOutcome(ready.path(), client, wave, WorkbookOutcome.Status.REPORTED,
					dataQuality(scores), files, elapsed(ready.started()), List.of()), ready.checksum());
		}
		catch (IOException | UncheckedIOException ex) {
			discard(ready);
			return WorkbookOutcome.failed(ready.path(), client, wave, "could not write the report: " + ex.getMessage(),
					elapsed(ready.started()));
		}
		catch (RuntimeException ex) {
			discard(ready);
			return WorkbookOutcome.failed(ready.path(), client, wave, programError(ready.path(), ex),
					elapsed(ready.started()));
		}
	}

	private static ReportDraft failed(String path, @Nullable String client, @Nullable String wave, String message,
			long start) {
		return new ReportDraft.Settled(WorkbookOutcome.failed(path, client, wave, message, elapsed(start)), null);
	}

	/** A fault of this program, not of the workbook: it fails this workbook alone. */
	private static String programError(String path, RuntimeException ex) {
		LOGGER.log(System.Logger.Level.DEBUG, "could not report " + path, ex);
		return "could not make the report (an error in gap-report; details with --logging.level.io.gapreport=debug): "
				+ ex;
	}

	private static void discard(ReportDraft.Ready ready) {
		try {
			ready.discard();
		}
		catch (IOException ex) {
			LOGGER.log(System.Logger.Level.DEBUG, "could not remove the temporary files of " + ready.path(), ex);
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

	private ReportDraft.Ready draft(SurveyWorkbook workbook, Questionnaire questionnaire, String path, String checksum,
			Path folder, String folderName, long start) throws IOException, WorkbookException {
		ReportFolders.deleteLeftovers(folder);
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
		return new ReportDraft.Ready(path, checksum, folder, folderName, scores, rejected, prepared, start);
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
