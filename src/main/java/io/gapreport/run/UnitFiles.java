package io.gapreport.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

import io.gapreport.output.AtomicFiles;
import io.gapreport.output.UnitsJson;
import io.gapreport.scoring.UnitScore;
import io.gapreport.scoring.WorkbookScores;
import io.gapreport.survey.InputProblem;
import io.gapreport.survey.Questionnaire;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The files of a workbook's unit reports, {@code units/<unit-slug>/} beside the client's
 * report: every report file and {@code scores.json} of every unit that is not suppressed,
 * written under temporary names on the run's {@link UnitThreads} to be put in place with
 * the client's files.
 */
final class UnitFiles {

	private UnitFiles() {
	}

	/**
	 * The unit files written under temporary names.
	 *
	 * @param files the prepared files, each unit's {@code scores.json} after its other
	 * files
	 * @param letters the e-mail of each unit's mailed report, in the units' order
	 */
	record Prepared(List<AtomicFiles.Prepared> files, List<ReportDraft.UnitLetter> letters) {

		Prepared {
			files = List.copyOf(files);
			letters = List.copyOf(letters);
		}

	}

	/**
	 * Starts writing every unit's files under temporary names on {@code threads}; the
	 * caller goes on (with the client's report) and then waits for them.
	 */
	static Pending start(Questionnaire questionnaire, WorkbookScores scores, List<InputProblem> firstProblems,
			Path folder, List<ReportFile> reportFiles, Executor threads) {
		List<UnitScore> reported = scores.units().stream().filter((unit) -> !unit.suppressed()).toList();
		List<CompletableFuture<Written>> written = new ArrayList<>(reported.size());
		for (UnitScore unit : reported) {
			Supplier<Written> write = () -> write(questionnaire, unit, firstProblems,
					folder.resolve(UnitsJson.folder(unit)), reportFiles);
			try {
				written.add(CompletableFuture.supplyAsync(write, threads));
			}
			catch (RejectedExecutionException ex) {
				// the process is closing: the units already started are still waited for
				written.add(CompletableFuture.completedFuture(new Written(List.of(), List.of(), ex)));
			}
		}
		return new Pending(folder, reported, written);
	}

	/**
	 * Unit files being written.
	 *
	 * @param folder the client's report folder
	 * @param reported the units being written
	 * @param written each unit's files once written, in the units' order
	 */
	record Pending(Path folder, List<UnitScore> reported, List<CompletableFuture<Written>> written) {

		Pending {
			reported = List.copyOf(reported);
			written = List.copyOf(written);
		}

		/**
		 * Waits until every unit is written; a failure of any removes the files of all of
		 * them (every unit is tried, so that no file is written after the clean-up).
		 * @return the prepared files and the units' letters
		 */
		Prepared await() throws IOException {
			List<Written> units = this.written.stream().map(Pending::join).toList();
			Throwable failure = units.stream().map(Written::failure).filter(Objects::nonNull).findFirst().orElse(null);
			List<AtomicFiles.Prepared> prepared = units.stream().flatMap((unit) -> unit.files().stream()).toList();
			if (failure == null) {
				return new Prepared(prepared, units.stream().flatMap((unit) -> unit.letters().stream()).toList());
			}
			discard(prepared);
			switch (failure) {
				case IOException io -> throw io;
				case RuntimeException runtime -> throw runtime;
				case Error error -> throw error;
				default -> throw new IllegalStateException(failure);
			}
		}

		/**
		 * Waits until every unit is written and removes their files (the client's
		 * failed).
		 */
		void discard() throws IOException {
			discard(this.written.stream().map(Pending::join).flatMap((unit) -> unit.files().stream()).toList());
		}

		private void discard(List<AtomicFiles.Prepared> files) throws IOException {
			for (AtomicFiles.Prepared file : files) {
				file.discard();
			}
			for (UnitScore unit : this.reported) {
				removeIfEmpty(this.folder.resolve(UnitsJson.folder(unit)));
			}
			removeIfEmpty(this.folder.resolve("units"));
		}

		private static Written join(CompletableFuture<Written> unit) {
			// write() returns its failures; this catches what escaped it
			return unit.handle((written, ex) -> (written != null) ? written
					: new Written(List.of(), List.of(),
							(ex instanceof CompletionException wrapped && wrapped.getCause() != null)
									? wrapped.getCause() : ex))
				.join();
		}

	}

	/** One unit's files, or why they could not be written (those written then kept). */
	record Written(List<AtomicFiles.Prepared> files, List<ReportDraft.UnitLetter> letters,
			@Nullable Throwable failure) {
	}

	private static Written write(Questionnaire questionnaire, UnitScore unit, List<InputProblem> firstProblems,
			Path unitFolder, List<ReportFile> reportFiles) {
		var content = new ReportFile.Content(questionnaire, unit.scores(), firstProblems, unitFolder, unit, List.of());
		List<AtomicFiles.Prepared> files = new ArrayList<>();
		List<ReportDraft.UnitLetter> letters = new ArrayList<>(1);
		try {
			for (ReportFile file : reportFiles) {
				files.add(AtomicFiles.prepare(unitFolder.resolve(file.name()), (out) -> {
					if (file instanceof ReportFile.Mailed mailed) {
						letters.add(new ReportDraft.UnitLetter(unit, mailed.writeMailed(content, out)));
					}
					else {
						file.write(content, out);
					}
				}));
			}
			files.add(AtomicFiles.prepare(unitFolder.resolve("scores.json"), (out) -> UnitsJson.writeUnit(unit, out)));
			return new Written(files, letters, null);
		}
		catch (IOException | RuntimeException | Error ex) {
			return new Written(files, letters, ex);
		}
	}

	private static void removeIfEmpty(Path dir) {
		try {
			Files.deleteIfExists(dir);
		}
		catch (IOException ex) {
			// not empty: an earlier report of the unit lives there
		}
	}

	/**
	 * Whether every unit file the client's {@code scores.json} lists is in place (a
	 * report whose unit files went missing is made again).
	 */
	static boolean complete(Path folder) {
		try {
			JsonNode units = JsonMapper.builder().build().readTree(folder.resolve("scores.json").toFile()).get("units");
			if (units == null) {
				return true;
			}
			for (JsonNode unit : units) {
				JsonNode files = unit.get("files");
				if (files != null) {
					for (JsonNode file : files) {
						if (!Files.isRegularFile(folder.resolve(file.asString()))) {
							return false;
						}
					}
				}
			}
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
