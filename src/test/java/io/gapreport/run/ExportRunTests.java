package io.gapreport.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.gapreport.testing.ExportWorkbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A workbook whose answers are in an export: the export is part of its content, and an
 * .xlsx export beside it is never taken for a workbook.
 */
class ExportRunTests {

	@TempDir
	Path folder;

	@Test
	void aChangedExportIsReportedAgainAndAnUnchangedOneIsUnchanged() throws Exception {
		Path input = this.folder.resolve("input");
		Path workbook = ExportWorkbooks.fixture("limesurvey", input);
		var ledger = new RememberingLedger();
		assertThat(run(input, ledger, workbook).status()).isEqualTo(WorkbookOutcome.Status.REPORTED);
		assertThat(run(input, ledger, workbook).status()).isEqualTo(WorkbookOutcome.Status.UNCHANGED);
		Path export = input.resolve("limesurvey.csv");
		Files.writeString(export, Files.readString(export).replace("\"A5\"", "\"A4\""));
		WorkbookOutcome changed = run(input, ledger, workbook);
		assertThat(changed.status()).isEqualTo(WorkbookOutcome.Status.REPORTED);
		assertThat(changed.message()).isEqualTo("2 rejected row(s), 1 invalid cell(s): see rejected.csv");
		assertThat(Files.readString(this.folder.resolve("output/example-cafe/2026-w1/rejected.csv")))
			.contains("limesurvey.csv,5,EXP[SQ002],abc,not a number")
			.contains("limesurvey.csv,7,,c2,respondent id repeats row 3");
	}

	@Test
	void anXlsxExportBesideItsWorkbookIsNotReadAsAWorkbook() throws Exception {
		Path input = this.folder.resolve("input");
		ExportWorkbooks.customersAsExport(input.resolve("answers/responses.xlsx"));
		Path workbook = ExportWorkbooks.engagement(input.resolve("answers/engagement.xlsx"), "responses.xlsx", "plain",
				List.of());
		Path unrelated = ExportWorkbooks.customersAsExport(input.resolve("other.xlsx"));
		assertThat(WorkbookFinder.find(input)).containsExactly(workbook, unrelated);
	}

	/** One run's report of {@code workbook}. */
	private WorkbookOutcome run(Path input, ReportLedger ledger, Path workbook) {
		return new WorkbookReporter(input, this.folder.resolve("output"), new RunOptions(false, false),
				WaveHistory.NONE, ledger, List.of(), ReportDelivery.NONE, FolderClaims.inMemory(), UnitThreads.CALLER)
			.report(workbook);
	}

	/** Remembers what was reported, like the job database does. */
	private static final class RememberingLedger implements ReportLedger {

		private final Set<List<String>> reported = new HashSet<>();

		@Override
		public boolean isReported(String checksum, String folder) {
			return this.reported.contains(List.of(checksum, folder));
		}

		@Override
		public void recordReported(String checksum, String folder, String client, String wave, List<String> files) {
			this.reported.add(new ArrayList<>(List.of(checksum, folder)));
		}

	}

}
