package io.gapreport.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.gapreport.output.AtomicFiles;
import io.gapreport.scoring.Scores;
import io.gapreport.scoring.UnitScore;

/**
 * Records a written draft in the caller's transaction: the wave of the client and of each
 * unit, the reported content, and the mail of the report and of each unit's. A failure to
 * record removes the draft's temporary files.
 *
 * @param history where waves are recorded
 * @param ledger where reported content is recorded
 * @param delivery where mail is queued
 * @param output the output folder
 */
record DraftRecorder(WaveHistory history, ReportLedger ledger, ReportDelivery delivery, Path output) {

	ReportDraft.Recorded record(ReportDraft.Ready ready) {
		Scores scores = ready.scores();
		String client = scores.engagement().client();
		String wave = scores.engagement().wave();
		try {
			this.history.record(scores);
			for (UnitScore unit : ready.units()) {
				if (unit.scores() != null) {
					this.history.recordUnit(unit.scores(), unit.unit());
				}
			}
			List<String> files = ready.fileNames();
			this.ledger.recordReported(ready.checksum(), ready.folderName(), client, wave, files);
			enqueue(ready, scores);
			return new ReportDraft.Recorded(ready, new WorkbookOutcome(ready.path(), client, wave,
					WorkbookOutcome.Status.REPORTED, ready.dataQuality(), files, elapsed(ready), List.of()));
		}
		catch (IOException | RuntimeException ex) {
			FolderFiles.discard(ready, this.output);
			RuntimeException failure = (ex instanceof RuntimeException runtime) ? runtime
					: new UncheckedIOException((IOException) ex);
			return new ReportDraft.Recorded(ready,
					WorkbookFailures.fault(ready.path(), client, wave, failure, elapsed(ready), this.output));
		}
	}

	private void enqueue(ReportDraft.Ready ready, Scores scores) throws IOException {
		ReportFile.Letter letter = ready.letter();
		for (AtomicFiles.Prepared file : ready.files()) {
			if (letter != null && file.target().equals(letter.file())) {
				this.delivery.enqueue(ready.checksum(), ready.path(), scores, letter, Files.size(file.temporary()));
			}
			for (ReportDraft.UnitLetter unit : ready.unitLetters()) {
				if (file.target().equals(unit.letter().file())) {
					this.delivery.enqueueUnit(ready.checksum(), ready.path(), scores, unit.unit(), unit.letter(),
							Files.size(file.temporary()));
				}
			}
		}
	}

	private static Duration elapsed(ReportDraft.Ready ready) {
		return Duration.ofNanos(System.nanoTime() - ready.started());
	}

}
