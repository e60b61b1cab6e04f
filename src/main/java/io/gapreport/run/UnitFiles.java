package io.gapreport.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
 * written under temporary names (on every core) to be put in place with the client's
 * files.
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
	 * Writes every unit's files under temporary names; a failure removes those already
	 * written.
	 * @return the prepared files and the units' letters
	 */
	static Prepared prepare(Questionnaire questionnaire, WorkbookScores scores, List<InputProblem> firstProblems,
			Path folder, List<ReportFile> reportFiles) throws IOException {
		List<UnitScore> reported = scores.units().stream().filter((unit) -> !unit.suppressed()).toList();
		// every unit is tried, so that no file is written after a failure is cleaned up
		List<Written> written = reported.parallelStream()
			.map((unit) -> write(questionnaire, unit, firstProblems, folder.resolve(UnitsJson.folder(unit)),
					reportFiles))
			.toList();
		Throwable failure = written.stream().map(Written::failure).filter(Objects::nonNull).findFirst().orElse(null);
		List<AtomicFiles.Prepared> prepared = written.stream().flatMap((unit) -> unit.files().stream()).toList();
		if (failure == null) {
			return new Prepared(prepared, written.stream().flatMap((unit) -> unit.letters().stream()).toList());
		}
		discard(prepared);
		for (UnitScore unit : reported) {
			removeIfEmpty(folder.resolve(UnitsJson.folder(unit)));
		}
		removeIfEmpty(folder.resolve("units"));
		switch (failure) {
			case IOException io -> throw io;
			case RuntimeException runtime -> throw runtime;
			case Error error -> throw error;
			default -> throw new IllegalStateException(failure);
		}
	}

	/** One unit's files, or why they could not be written (those written then kept). */
	private record Written(List<AtomicFiles.Prepared> files, List<ReportDraft.UnitLetter> letters,
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
		catch (IOException | RuntimeException | OutOfMemoryError ex) {
			return new Written(files, letters, ex);
		}
	}

	private static void discard(List<AtomicFiles.Prepared> files) throws IOException {
		for (AtomicFiles.Prepared file : files) {
			file.discard();
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
