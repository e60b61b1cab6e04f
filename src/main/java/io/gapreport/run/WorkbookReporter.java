package io.gapreport.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.gapreport.output.AtomicFiles;
import io.gapreport.survey.Engagement;
import io.gapreport.survey.Questionnaire;
import io.gapreport.workbook.ExportPlace;
import io.gapreport.workbook.SurveyWorkbook;
import io.gapreport.workbook.WorkbookException;
import org.jspecify.annotations.Nullable;

/**
 * Turns one workbook into its report files under
 * {@code <output>/<client-slug>/<wave-slug>/}: reads and scores a checksummed copy of it
 * in one streamed pass and writes each file to a temporary name ({@link #prepare},
 * {@link DraftWriter}), records it ({@link #record}, {@link DraftRecorder}), and once the
 * record is committed moves the files into place ({@link #place}). A workbook that cannot
 * be reported becomes a {@code failed} outcome with a message naming sheet and cell; it
 * never throws, so that one bad workbook never stops the others, unless no later workbook
 * could be reported either ({@link WorkbookFailures}).
 */
public final class WorkbookReporter {

	private static final System.Logger LOGGER = System.getLogger(WorkbookReporter.class.getName());

	private final Path input;

	private final Path output;

	private final RunOptions options;

	private final ReportLedger ledger;

	private final List<ReportFile> reportFiles;

	private final ReportDelivery delivery;

	private final FolderClaims claims;

	private final DraftWriter writer;

	private final DraftRecorder recorder;

	/**
	 * A reporter whose units' reports are written on {@code unitThreads} (which it does
	 * not close).
	 */
	public WorkbookReporter(Path input, Path output, RunOptions options, WaveHistory history, ReportLedger ledger,
			List<ReportFile> reportFiles, ReportDelivery delivery, FolderClaims claims, UnitThreads unitThreads) {
		this.input = input;
		this.output = output;
		this.options = options;
		this.ledger = ledger;
		this.reportFiles = List.copyOf(reportFiles);
		this.delivery = delivery;
		this.claims = claims;
		this.writer = new DraftWriter(output, history, this.reportFiles, unitThreads);
		this.recorder = new DraftRecorder(history, ledger, delivery, output);
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
			return this.writer.write(opened, questionnaire, path, checksum, folder, folderName, start);
		}
		catch (WorkbookException ex) {
			return failed(path, client, wave, Outages.oneLine(ex.getMessage()), start);
		}
		catch (OutOfMemoryError ex) {
			// what the workbook held is garbage now: the others can still be reported
			LOGGER.log(System.Logger.Level.WARNING, "out of memory reporting " + path, ex);
			return failed(path, client, wave, WorkbookException.outOfMemory().getMessage(), start);
		}
		catch (IOException ex) {
			return new ReportDraft.Settled(fault(path, client, wave, new UncheckedIOException(ex), elapsed(start)),
					null);
		}
		catch (RuntimeException ex) {
			return new ReportDraft.Settled(fault(path, client, wave, ex, elapsed(start)), null);
		}
	}

	/**
	 * Records a draft, puts its files in place and lists its mail, for a caller without a
	 * transaction: {@link #record} then {@link #place}.
	 */
	public WorkbookOutcome commit(ReportDraft draft) {
		return place(record(draft));
	}

	/**
	 * Records the wave and the reported content (in the caller's transaction) and queues
	 * the report's mail; puts nothing in place. A failure to record removes the temporary
	 * files.
	 */
	public ReportDraft.Recorded record(ReportDraft draft) {
		return switch (draft) {
			case ReportDraft.Settled settled -> new ReportDraft.Recorded(settled, settled.outcome());
			case ReportDraft.Ready ready -> this.recorder.record(ready);
		};
	}

	/**
	 * Puts a recorded draft's files in place, {@code scores.json} last (it marks the
	 * report done), once its record is committed; then sends (or lists) its mail.
	 */
	public WorkbookOutcome place(ReportDraft.Recorded recorded) {
		WorkbookOutcome outcome = recorded.outcome();
		if (recorded.draft() instanceof ReportDraft.Ready ready
				&& outcome.status() == WorkbookOutcome.Status.REPORTED) {
			try {
				ready.rejected().finish(ready.folder().resolve("rejected.csv"));
				for (AtomicFiles.Prepared file : ready.files()) {
					file.commit();
				}
			}
			catch (IOException | UncheckedIOException ex) {
				FolderFiles.discard(ready, this.output);
				RuntimeException failure = (ex instanceof UncheckedIOException unchecked) ? unchecked
						: new UncheckedIOException((IOException) ex);
				// recorded, but not in place: the next run finds the report incomplete
				// and writes it again
				return fault(ready.path(), outcome.client(), outcome.wave(), failure, outcome.elapsed());
			}
			return withCopies(outcome, ready.checksum());
		}
		return (recorded.draft() instanceof ReportDraft.Settled settled && settled.checksum() != null)
				? withCopies(outcome, settled.checksum()) : outcome;
	}

	/** Removes the temporary files of a draft that is not recorded, or rolled back. */
	public void discard(ReportDraft draft) {
		if (draft instanceof ReportDraft.Ready ready) {
			FolderFiles.discard(ready, this.output);
		}
	}

	/**
	 * The outcome of {@code workbook}, of the input folder, when its run stopped before
	 * it was done: the next run reports it.
	 */
	public WorkbookOutcome notReported(Path workbook) {
		return WorkbookOutcome.notReported(relativeName(this.input, workbook));
	}

	private static ReportDraft failed(String path, @Nullable String client, @Nullable String wave, String message,
			long start) {
		return new ReportDraft.Settled(WorkbookOutcome.failed(path, client, wave, message, elapsed(start)), null);
	}

	private WorkbookOutcome fault(String path, @Nullable String client, @Nullable String wave, RuntimeException ex,
			Duration elapsed) {
		return WorkbookFailures.fault(path, client, wave, ex, elapsed, this.output);
	}

	/** Whether every file a report always has is in its folder: else it is made again. */
	private boolean isComplete(Path folder) {
		return Files.isRegularFile(folder.resolve("scores.json"))
				&& this.reportFiles.stream().allMatch((file) -> Files.isRegularFile(folder.resolve(file.name())))
				&& UnitFiles.complete(folder);
	}

	/**
	 * An already reported content's outcome with what became of its copies so far (the
	 * delivery step sends those still due).
	 */
	private WorkbookOutcome withCopies(WorkbookOutcome outcome, String checksum) {
		return new WorkbookOutcome(outcome.path(), outcome.client(), outcome.wave(), outcome.status(),
				outcome.message(), outcome.files(), outcome.elapsed(), this.delivery.copies(checksum, outcome.path()),
				outcome.internalError());
	}

	private String relativeName(Path workbook) {
		return relativeName(this.input, workbook);
	}

	/**
	 * How the run names {@code workbook} found in {@code input} (a folder, or the
	 * workbook itself): its path relative to the input folder.
	 */
	public static String relativeName(Path input, Path workbook) {
		Path base = Files.isDirectory(input) ? input : input.toAbsolutePath().getParent();
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
