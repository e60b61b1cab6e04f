package io.gapreport.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.gapreport.output.AtomicFiles;
import io.gapreport.output.RejectedCsv;
import io.gapreport.scoring.Scores;
import io.gapreport.scoring.UnitScore;
import org.jspecify.annotations.Nullable;

/**
 * A workbook read and scored, with nothing yet in place: what
 * {@link WorkbookReporter#prepare} makes, {@link WorkbookReporter#record} records and
 * {@link WorkbookReporter#place} puts in place once the record is committed.
 */
public sealed interface ReportDraft {

	/** The workbook, relative to the input folder. */
	String path();

	/**
	 * Nothing to write: the workbook failed, or was reported before (then its mail may
	 * still be due).
	 *
	 * @param outcome what became of it
	 * @param checksum its content's checksum when its report exists, else null
	 */
	record Settled(WorkbookOutcome outcome, @Nullable String checksum) implements ReportDraft {

		@Override
		public String path() {
			return this.outcome.path();
		}

	}

	/**
	 * Every file written under a temporary name beside its final one.
	 *
	 * @param path the workbook, relative to the input folder
	 * @param checksum its content's checksum
	 * @param folder the report folder
	 * @param folderName the report folder relative to the output folder
	 * @param scores the scores
	 * @param rejected the rejected rows and invalid cells, still open
	 * @param files the report files, {@code scores.json} last
	 * @param letter the e-mail that carries the report, worded when it was written; null
	 * when no file is mailed
	 * @param unitLetters the e-mail of each unit's report (for its unit's recipients)
	 * @param units every unit of the workbook, suppressed ones too (none without units)
	 * @param started when work on the workbook began ({@link System#nanoTime()})
	 */
	record Ready(String path, String checksum, Path folder, String folderName, Scores scores, RejectedCsv rejected,
			List<AtomicFiles.Prepared> files, ReportFile.@Nullable Letter letter, List<UnitLetter> unitLetters,
			List<UnitScore> units, long started) implements ReportDraft {

		public Ready {
			files = List.copyOf(files);
			unitLetters = List.copyOf(unitLetters);
			units = List.copyOf(units);
		}

		/** Removes the temporary files. */
		void discard() throws IOException {
			this.rejected.discard();
			for (AtomicFiles.Prepared file : this.files) {
				file.discard();
			}
		}

		/**
		 * The rows and cells it could not use, as the workbook's line says them, and why
		 * the recipients of a suppressed unit get no report.
		 */
		String dataQuality() {
			int rows = this.scores.counts().rejectedRows();
			int cells = this.scores.counts().invalidCells();
			List<String> notes = new ArrayList<>();
			if (rows != 0 || cells != 0) {
				notes.add(rows + " rejected row(s), " + cells + " invalid cell(s): see rejected.csv");
			}
			int minimum = this.scores.engagement().minGroupSize();
			for (UnitScore unit : this.units) {
				if (unit.suppressed() && !unit.recipients().isEmpty()) {
					notes.add("unit " + unit.unit() + " has " + unit.n() + " customer(s), fewer than min_group_size "
							+ minimum + ": no report of its own, nothing mailed to its " + unit.recipients().size()
							+ " recipient(s)");
				}
			}
			return String.join("; ", notes);
		}

		/**
		 * The report's files once in place, relative to the output folder:
		 * {@code scores.json}, the others, then {@code rejected.csv} when it has a line.
		 */
		List<String> fileNames() {
			List<String> names = new ArrayList<>();
			names.add(this.folderName + "/scores.json");
			this.files.stream()
				.map((file) -> this.folderName + "/"
						+ this.folder.relativize(file.target()).toString().replace('\\', '/'))
				.filter((name) -> !names.contains(name))
				.forEach(names::add);
			if (this.rejected.lines() > 0) {
				names.add(this.folderName + "/rejected.csv");
			}
			return names;
		}

	}

	/**
	 * The e-mail that carries one unit's report.
	 *
	 * @param unit the unit
	 * @param letter its e-mail, worded when its report was written
	 */
	record UnitLetter(UnitScore unit, ReportFile.Letter letter) {

	}

	/**
	 * A draft whose outcome is recorded (in the caller's transaction) and whose files
	 * wait to be put in place once that transaction commits.
	 *
	 * @param draft the draft
	 * @param outcome what became of the workbook, its mail not yet sent
	 */
	record Recorded(ReportDraft draft, WorkbookOutcome outcome) {
	}

}
