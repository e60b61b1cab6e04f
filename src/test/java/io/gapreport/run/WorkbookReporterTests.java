package io.gapreport.run;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import io.gapreport.testing.Workbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** One workbook to its files, without the batch machinery. */
class WorkbookReporterTests {

	@TempDir
	Path folder;

	@Test
	void aReportThatCannotBeMadeLeavesNoFileAndTheEarlierReportUntouched() throws Exception {
		Path input = this.folder.resolve("input");
		Path output = this.folder.resolve("output");
		Path workbook = Workbooks.example(input.resolve("cafe.xlsx"), "Café", "2026-Q3", "en", "");
		var good = reporter(input, output, new Named("report.pdf", false));
		assertThat(good.report(workbook).status()).isEqualTo(WorkbookOutcome.Status.REPORTED);
		Path report = output.resolve("cafe/2026-q3");
		String scoresBefore = Files.readString(report.resolve("scores.json"));

		Workbooks.example(workbook, "Café", "2026-Q3", "en", "someone@example.com");
		WorkbookOutcome failed = reporter(input, output, new Named("report.pdf", true)).report(workbook);
		assertThat(failed.status()).isEqualTo(WorkbookOutcome.Status.FAILED);
		assertThat(failed.message()).contains("could not make the report").contains("renderer broke");
		assertThat(Files.readString(report.resolve("scores.json"))).isEqualTo(scoresBefore);
		assertThat(Files.readString(report.resolve("report.pdf"))).isEqualTo("fine");
		try (Stream<Path> files = Files.list(report)) {
			assertThat(files.map((file) -> file.getFileName().toString())).containsExactlyInAnyOrder("scores.json",
					"report.pdf", "rejected.csv");
		}
	}

	@Test
	void twoWorkbooksOfTheSameClientAndWaveDoNotOverwriteEachOther() throws Exception {
		Path input = this.folder.resolve("input");
		Path first = Workbooks.example(input.resolve("a.xlsx"), "Café", "2026-Q3", "en", "");
		Path second = Workbooks.example(input.resolve("b.xlsx"), "CAFÉ", "2026-q3", "en", "");
		var reporter = reporter(input, this.folder.resolve("output"), new Named("report.pdf", false));
		assertThat(reporter.report(first).status()).isEqualTo(WorkbookOutcome.Status.REPORTED);
		WorkbookOutcome clash = reporter.report(second);
		assertThat(clash.status()).isEqualTo(WorkbookOutcome.Status.FAILED);
		assertThat(clash.message()).contains("same client and wave as a.xlsx");
	}

	@Test
	void aWorkbookThatExhaustsMemoryFailsAloneNamedAndLeavesNoFile() throws Exception {
		Path input = this.folder.resolve("input");
		Path output = this.folder.resolve("output");
		Path workbook = Workbooks.example(input.resolve("cafe.xlsx"), "Café", "2026-Q3", "en", "");
		Path other = Workbooks.example(input.resolve("bistro.xlsx"), "Bistro", "2026-Q3", "en", "");
		var reporter = reporter(input, output, new Exhausting());
		WorkbookOutcome failed = reporter.report(workbook);
		assertThat(failed.status()).isEqualTo(WorkbookOutcome.Status.FAILED);
		assertThat(failed.path()).isEqualTo("cafe.xlsx");
		assertThat(failed.message()).startsWith("not enough memory to read and report this workbook (the run has ")
			.doesNotContain("OutOfMemoryError");
		assertThat(output.resolve("cafe")).doesNotExist();
		assertThat(reporter(input, output, new Named("report.pdf", false)).report(other).status())
			.isEqualTo(WorkbookOutcome.Status.REPORTED);
		try (Stream<Path> files = Files.walk(output)) {
			assertThat(files.filter((file) -> file.toString().endsWith(".part"))).isEmpty();
		}
	}

	@Test
	void aWorkbookSavedOverAfterItWasGroupedIsReportedAsItIsNowWithTheChecksumOfWhatWasReported() throws Exception {
		Path input = this.folder.resolve("input");
		Path output = this.folder.resolve("output");
		Path workbook = Workbooks.example(input.resolve("cafe.xlsx"), "Café", "2026-Q3", "en", "");
		// the partitioner reads the covers to group the workbooks by client
		assertThat(WorkbookFinder.findByClient(input, 1)).containsExactly(List.of(workbook));
		// the consultant saves another client's answers over it before its turn comes
		Workbooks.example(workbook, "Harbour Hotels", "2026-Q4", "en", "");
		List<String> recorded = new ArrayList<>();
		ReportLedger ledger = new ReportLedger() {

			@Override
			public boolean isReported(String checksum, String folder) {
				return false;
			}

			@Override
			public void recordReported(String checksum, String folder, String client, String wave, List<String> files) {
				recorded.add(checksum + " " + folder + " " + client + " " + wave);
			}

		};
		WorkbookOutcome outcome = new WorkbookReporter(input, output, new RunOptions(false, false), WaveHistory.NONE,
				ledger, List.of(new Named("report.pdf", false)), ReportDelivery.NONE, FolderClaims.inMemory(),
				UnitThreads.CALLER)
			.report(workbook);
		assertThat(outcome.status()).isEqualTo(WorkbookOutcome.Status.REPORTED);
		assertThat(outcome.client()).isEqualTo("Harbour Hotels");
		assertThat(recorded).containsExactly(sha256(workbook) + " harbour-hotels/2026-q4 Harbour Hotels 2026-Q4");
		assertThat(Files.readString(output.resolve("harbour-hotels/2026-q4/scores.json"))).contains("Harbour Hotels");
		assertThat(output.resolve("cafe")).doesNotExist();
	}

	private static String sha256(Path file) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
	}

	private static WorkbookReporter reporter(Path input, Path output, ReportFile file) {
		return new WorkbookReporter(input, output, new RunOptions(false, false), WaveHistory.NONE, ReportLedger.NONE,
				List.of(file), ReportDelivery.NONE, FolderClaims.inMemory(), UnitThreads.CALLER);
	}

	/** A report file that runs out of memory half-way, as a huge workbook's might. */
	private record Exhausting() implements ReportFile {

		@Override
		public String name() {
			return "report.pdf";
		}

		@Override
		public void write(Content content, OutputStream out) throws IOException {
			out.write("half".getBytes());
			throw new OutOfMemoryError("Java heap space");
		}

	}

	/** A report file that writes "fine", or breaks half-way. */
	private record Named(String name, boolean breaks) implements ReportFile {

		@Override
		public void write(Content content, OutputStream out) throws IOException {
			if (this.breaks) {
				out.write("half".getBytes());
				throw new IllegalStateException("renderer broke");
			}
			out.write("fine".getBytes());
		}

	}

}
