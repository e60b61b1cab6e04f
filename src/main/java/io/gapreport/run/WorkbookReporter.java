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
import io.gapreport.scoring.ScoreAccumulator;
import io.gapreport.scoring.Scores;
import io.gapreport.survey.Engagement;
import io.gapreport.survey.Questionnaire;
import io.gapreport.workbook.ExportPlace;
import io.gapreport.workbook.SurveyWorkbook;
import io.gapreport.workbook.WorkbookException;
import org.jspecify.annotations.Nullable;

/**
 * Turns one workbook into its report files under
 * {@code <output>/<client-slug>/<wave-slug>/}: reads and scores a checksummed copy of it
 * in one streamed pass, then writes each file to a temporary name and moves it into
 * place. A workbook that cannot be reported becomes a {@code failed} outcome with a
 * message naming sheet and cell; it never throws, so that one bad workbook never stops
 * the others, unless the job database is unreachable (then no later workbook could be
 * recorded either).
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
	 * Reads and scores a copy of {@code workbook} and writes its files under temporary
	 * names; puts nothing in place and records nothing but the claim of its report
	 * folder.
	 */
	public ReportDraft prepare(Path workbook) {
		long start = System.nanoTime();
		String path = relativeName(workbook);
		String outside = WorkbookFinder.linkOutside(this.input, workbook);
		if (outside != null) {
			return failed(path, null, null, outside, start);
		}
		WorkbookSnapshot snapshot;
		try {
			snapshot = WorkbookSnapshot.of(workbook);
		}
		catch (IOException ex) {
			return failed(path, null, null, "cannot read the file: " + Outages.oneLine(ex), start);
		}
		try (snapshot) {
			return prepare(snapshot, ExportPlace.in(workbook, this.input), path, start);
		}
		catch (IOException ex) {
			// only the snapshot's removal can fail here; the outcome is already decided
			LOGGER.log(System.Logger.Level.WARNING, "could not remove " + snapshot.file(), ex);
			return failed(path, null, null, "cannot remove a temporary copy: " + Outages.oneLine(ex), start);
		}
	}

	private ReportDraft prepare(WorkbookSnapshot snapshot, ExportPlace place, String path, long start) {
		String client = null;
		String wave = null;
		try (SurveyWorkbook opened = SurveyWorkbook.open(snapshot.file(), place, snapshot::exportFolder)) {
			Questionnaire questionnaire = opened.questionnaire();
			Engagement engagement = questionnaire.engagement();
			client = engagement.client();
			wave = engagement.wave();
			String folderName = ReportFolders.of(engagement);
			Path folder = this.output.resolve(folderName);
			Optional<String> earlier = this.claims.claim(folderName, path);
			if (earlier.isPresent()) {
				return failed(path, client, wave,
						"Engagement: same client and wave as " + earlier.get() + " (its report would be overwritten)",
						start);
			}
			String checksum = snapshot.checksum();
			if (!this.options.force() && this.ledger.isReported(checksum, folderName) && isComplete(folder)) {
				return new ReportDraft.Settled(
						new WorkbookOutcome(path, client, wave, WorkbookOutcome.Status.UNCHANGED,
								"already reported (use --force to report again)", List.of(), elapsed(start), List.of()),
						checksum);
			}
			return draft(opened, questionnaire, path, checksum, folder, folderName, start);
		}
		catch (WorkbookException ex) {
			return failed(path, client, wave, Outages.oneLine(ex.getMessage()), start);
		}
		catch (OutOfMemoryError ex) {
			// what the workbook held is garbage now: the others can still be reported
			LOGGER.log(System.Logger.Level.WARNING, "out of memory reporting " + path, ex);
			return failed(path, client, wave, WorkbookException.outOfMemory().getMessage(), start);
		}
		catch (IOException | UncheckedIOException ex) {
			return failed(path, client, wave, "could not write the report: " + Outages.oneLine(ex), start);
		}
		catch (RuntimeException ex) {
			return new ReportDraft.Settled(fault(path, client, wave, ex, elapsed(start)), null);
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
			return WorkbookOutcome.failed(ready.path(), client, wave,
					"could not write the report: " + Outages.oneLine(ex), elapsed(ready.started()));
		}
		catch (RuntimeException ex) {
			discard(ready);
			return fault(ready.path(), client, wave, ex, elapsed(ready.started()));
		}
	}

	private static ReportDraft failed(String path, @Nullable String client, @Nullable String wave, String message,
			long start) {
		return new ReportDraft.Settled(WorkbookOutcome.failed(path, client, wave, message, elapsed(start)), null);
	}

	/**
	 * A runtime failure: an unreachable job database is thrown on (no later workbook
	 * could be recorded either), an I/O fault fails this workbook with its cause,
	 * anything else is a fault of this program, not of the workbook, and fails this
	 * workbook alone.
	 */
	private static WorkbookOutcome fault(String path, @Nullable String client, @Nullable String wave,
			RuntimeException ex, Duration elapsed) {
		if (Outages.isUnreachable(ex)) {
			throw ex;
		}
		if (Outages.ioCause(ex) != null) {
			return WorkbookOutcome.failed(path, client, wave,
					"could not write the report: " + Outages.oneLine(Outages.ioCause(ex)), elapsed);
		}
		LOGGER.log(System.Logger.Level.ERROR, "could not report " + path, ex);
		return new WorkbookOutcome(path, client, wave, WorkbookOutcome.Status.FAILED,
				"could not make the report: an error in gap-report (" + ex.getClass().getSimpleName() + ": "
						+ Outages.oneLine(ex) + "); the log file has the details",
				List.of(), elapsed, List.of(), true);
	}

	private static void discard(ReportDraft.Ready ready) {
		try {
			ready.discard();
		}
		catch (IOException ex) {
			LOGGER.log(System.Logger.Level.DEBUG, "could not remove the temporary files of " + ready.path(), ex);
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
				outcome.elapsed(), mail, outcome.internalError());
	}

	private ReportDraft.Ready draft(SurveyWorkbook workbook, Questionnaire questionnaire, String path, String checksum,
			Path folder, String folderName, long start) throws IOException, WorkbookException {
		FolderFiles.deleteLeftovers(folder);
		var accumulator = new ScoreAccumulator(questionnaire);
		var problems = new ProblemSample(accumulator);
		var rejected = new RejectedCsv(folder);
		try {
			workbook.stream(problems.teeTo(rejected));
		}
		catch (WorkbookException | RuntimeException | OutOfMemoryError ex) {
			rejected.discard();
			FolderFiles.removeIfEmpty(folder, this.output);
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
		catch (IOException | RuntimeException | OutOfMemoryError ex) {
			rejected.discard();
			for (AtomicFiles.Prepared file : prepared) {
				file.discard();
			}
			FolderFiles.removeIfEmpty(folder, this.output);
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
