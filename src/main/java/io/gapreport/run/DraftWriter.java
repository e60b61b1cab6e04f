package io.gapreport.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.gapreport.output.AtomicFiles;
import io.gapreport.output.RejectedCsv;
import io.gapreport.output.UnitsJson;
import io.gapreport.scoring.UnitsAccumulator;
import io.gapreport.scoring.WorkbookScores;
import io.gapreport.survey.Questionnaire;
import io.gapreport.text.LuceneStems;
import io.gapreport.workbook.SurveyWorkbook;
import io.gapreport.workbook.WorkbookException;
import org.jspecify.annotations.Nullable;

/**
 * Streams an opened workbook's rows into its scores and writes every file of its report
 * under a temporary name: the units' reports on the {@link UnitThreads} while this thread
 * writes the client's. A failure leaves no file of the workbook behind.
 *
 * @param output the output folder
 * @param history the earlier waves, of the client and of each unit
 * @param reportFiles the files of each report
 * @param unitThreads where the units' reports are written
 */
record DraftWriter(Path output, WaveHistory history, List<ReportFile> reportFiles, UnitThreads unitThreads) {

	DraftWriter {
		reportFiles = List.copyOf(reportFiles);
	}

	/**
	 * Reads and scores {@code workbook} and writes its files under temporary names.
	 * @param folder the report folder
	 * @param folderName the report folder relative to the output folder
	 */
	ReportDraft.Ready write(SurveyWorkbook workbook, Questionnaire questionnaire, String path, String checksum,
			Path folder, String folderName, long start) throws IOException, WorkbookException {
		FolderFiles.deleteLeftovers(folder);
		var accumulator = new UnitsAccumulator(questionnaire,
				LuceneStems.forLanguage(questionnaire.engagement().language()));
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
		List<AtomicFiles.Prepared> clients = new ArrayList<>();
		List<ReportFile.Letter> letters = new ArrayList<>(1);
		UnitFiles.@Nullable Pending pending = null;
		try {
			// the earlier waves come from the job database: one lost now leaves no file
			WorkbookScores all = accumulator.scores(this.history.earlierWaves(questionnaire.engagement()),
					(unit) -> this.history.earlierUnitWaves(questionnaire.engagement(), unit));
			pending = UnitFiles.start(questionnaire, all, problems.first(), folder, this.reportFiles,
					this.unitThreads.executor());
			var report = new ReportFile.Content(questionnaire, all.client(), problems.first(), folder, null,
					all.units());
			for (ReportFile file : this.reportFiles) {
				clients.add(AtomicFiles.prepare(folder.resolve(file.name()), (out) -> {
					if (file instanceof ReportFile.Mailed mailed) {
						letters.add(mailed.writeMailed(report, out));
					}
					else {
						file.write(report, out);
					}
				}));
			}
			clients.add(AtomicFiles.prepare(folder.resolve("scores.json"),
					(out) -> UnitsJson.write(all, this.reportFiles.stream().map(ReportFile::name).toList(), out)));
			UnitFiles.Pending units = pending;
			pending = null; // await() removes the units' files itself when one fails
			UnitFiles.Prepared prepared = units.await();
			List<AtomicFiles.Prepared> files = new ArrayList<>(prepared.files());
			files.addAll(clients); // scores.json last
			return new ReportDraft.Ready(path, checksum, folder, folderName, all.client(), rejected, files,
					letters.isEmpty() ? null : letters.get(0), prepared.letters(), all.units(), start);
		}
		catch (IOException | RuntimeException | Error ex) {
			if (pending != null) {
				pending.discard();
			}
			rejected.discard();
			for (AtomicFiles.Prepared file : clients) {
				file.discard();
			}
			FolderFiles.removeIfEmpty(folder, this.output);
			throw ex;
		}
	}

}
