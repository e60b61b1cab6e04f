package io.gapreport.run;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.InterruptedIOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A workbook with units gives the client's report and, beside it under
 * {@code units/<unit-slug>/}, a report and a scores.json per unit that is not suppressed,
 * put in place with the client's files.
 */
class UnitReportsTests {

	@TempDir
	Path folder;

	private Path output;

	private final UnitThreads unitThreads = UnitThreads.of(2);

	@AfterEach
	void closeUnitThreads() {
		this.unitThreads.close();
	}

	private Path example() throws Exception {
		Path input = Files.createDirectories(this.folder.resolve("input"));
		Path workbook = input.resolve("bank.xlsx");
		this.output = this.folder.resolve("output");
		Files.copy(Path.of(UnitReportsTests.class.getResource("/golden-units/units-example.xlsx").toURI()), workbook);
		return workbook;
	}

	@Test
	void everyUnitThatIsNotSuppressedGetsItsOwnReportAndScoresBesideTheClients() throws Exception {
		Path workbook = example();
		Path output = this.output;
		WorkbookOutcome outcome = reporter(output, new Unit(false)).report(workbook);
		assertThat(outcome.status()).isEqualTo(WorkbookOutcome.Status.REPORTED);
		assertThat(outcome.files()).containsExactly("bank-units/2026-q3/scores.json",
				"bank-units/2026-q3/units/krakow-rynek/report.pdf", "bank-units/2026-q3/units/krakow-rynek/scores.json",
				"bank-units/2026-q3/units/gdansk/report.pdf", "bank-units/2026-q3/units/gdansk/scores.json",
				"bank-units/2026-q3/report.pdf");
		Path report = output.resolve("bank-units/2026-q3");
		assertThat(Files.readString(report.resolve("units/gdansk/report.pdf"))).isEqualTo("unit Gdańsk of 0 units");
		assertThat(Files.readString(report.resolve("report.pdf"))).isEqualTo("client of 4 units");
		assertThat(Files.readString(report.resolve("units/gdansk/scores.json"))).contains("\"nps_vs_rest\"");
		assertThat(report.resolve("units/poznan")).doesNotExist();
	}

	@Test
	void aReportWhoseUnitFileWentMissingIsMadeAgain() throws Exception {
		Path workbook = example();
		Path output = this.output;
		var reporter = reporter(output, new Unit(false));
		reporter.report(workbook);
		assertThat(reporter.report(workbook).status()).isEqualTo(WorkbookOutcome.Status.REPORTED);
		Files.delete(output.resolve("bank-units/2026-q3/units/krakow-rynek/report.pdf"));
		assertThat(reporter.report(workbook).status()).isEqualTo(WorkbookOutcome.Status.REPORTED);
		assertThat(output.resolve("bank-units/2026-q3/units/krakow-rynek/report.pdf")).exists();
	}

	@Test
	void aUnitReportThatCannotBeMadeLeavesNoFileOfTheWorkbook() throws Exception {
		Path workbook = example();
		Path output = this.output;
		WorkbookOutcome failed = reporter(this.output, new Unit(true)).report(workbook);
		assertThat(failed.status()).isEqualTo(WorkbookOutcome.Status.FAILED);
		assertThat(output.resolve("bank-units")).doesNotExist();
		try (Stream<Path> files = Files.walk(output)) {
			assertThat(files.filter(Files::isRegularFile)).isEmpty();
		}
	}

	@Test
	void unitReportsAreWrittenOnSeveralThreadsWhileTheWorkbooksOwnThreadWritesTheClients() throws Exception {
		Path workbook = example();
		var meeting = new Meeting();
		WorkbookOutcome outcome = reporter(this.output, meeting).report(workbook);
		assertThat(outcome.status()).isEqualTo(WorkbookOutcome.Status.REPORTED);
		assertThat(meeting.unitWriters).hasSize(2).doesNotContain(Thread.currentThread().getName());
		assertThat(meeting.clientWriter).containsExactly(Thread.currentThread().getName());
	}

	@Test
	void aClientsReportThatCannotBeMadeWhileItsUnitsAreWrittenLeavesNoFileOfTheWorkbook() throws Exception {
		Path workbook = example();
		WorkbookOutcome failed = reporter(this.output, new BrokenClient()).report(workbook);
		assertThat(failed.status()).isEqualTo(WorkbookOutcome.Status.FAILED);
		try (Stream<Path> files = Files.walk(this.output)) {
			assertThat(files.filter(Files::isRegularFile)).isEmpty();
		}
		assertThat(this.output.resolve("bank-units")).doesNotExist();
	}

	private WorkbookReporter reporter(Path output, ReportFile file) {
		return new WorkbookReporter(this.folder.resolve("input"), output, new RunOptions(false, false),
				WaveHistory.NONE, ReportLedger.NONE, List.of(file), ReportDelivery.NONE, FolderClaims.inMemory(),
				this.unitThreads);
	}

	/**
	 * A report file whose units' reports are written only once the client's is begun and
	 * both units' are begun at once, and that notes who wrote each: a unit waits at most
	 * ten seconds for that, then breaks.
	 */
	private static final class Meeting implements Pdf {

		private final CountDownLatch clientBegun = new CountDownLatch(1);

		private final CountDownLatch unitsBegun = new CountDownLatch(2);

		final Set<String> unitWriters = ConcurrentHashMap.newKeySet();

		final Set<String> clientWriter = ConcurrentHashMap.newKeySet();

		@Override
		public void write(Content content, OutputStream out) throws IOException {
			if (content.unit() == null) {
				this.clientWriter.add(Thread.currentThread().getName());
				this.clientBegun.countDown();
			}
			else {
				this.unitWriters.add(Thread.currentThread().getName());
				this.unitsBegun.countDown();
				await(this.clientBegun);
				await(this.unitsBegun);
			}
			out.write('x');
		}

		private static void await(CountDownLatch latch) throws IOException {
			try {
				if (!latch.await(10, TimeUnit.SECONDS)) {
					throw new IllegalStateException("the reports are not written at once");
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new InterruptedIOException();
			}
		}

	}

	/** A report file that breaks on the client's report once a unit's is begun. */
	private static final class BrokenClient implements Pdf {

		private final CountDownLatch unitBegun = new CountDownLatch(1);

		@Override
		public void write(Content content, OutputStream out) throws IOException {
			if (content.unit() != null) {
				this.unitBegun.countDown();
				out.write('x');
				return;
			}
			Meeting.await(this.unitBegun);
			throw new IllegalStateException("renderer broke");
		}

	}

	/** A report file that names whose report it is, or breaks on Gdańsk's. */
	private record Unit(boolean breaks) implements Pdf {

		@Override
		public void write(Content content, OutputStream out) throws IOException {
			if (content.unit() != null) {
				if (this.breaks && content.unit().unit().equals("Gdańsk")) {
					throw new IllegalStateException("renderer broke");
				}
				out.write(("unit " + content.unit().name() + " of " + content.units().size() + " units")
					.getBytes(StandardCharsets.UTF_8));
			}
			else {
				out.write(("client of " + content.units().size() + " units").getBytes(StandardCharsets.UTF_8));
			}
		}

	}

	/** A test's report file, {@code report.pdf}. */
	private interface Pdf extends ReportFile {

		@Override
		default String name() {
			return "report.pdf";
		}

	}

}
