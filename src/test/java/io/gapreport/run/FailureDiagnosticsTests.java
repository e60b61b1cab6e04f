package io.gapreport.run;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import io.gapreport.testing.Workbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How a failure while reporting a workbook is named: a full disk is not "an error in
 * gap-report", an unreachable database stops the run instead of failing every workbook in
 * turn, an error in gap-report is marked as such; every message is one line. And the
 * checksum recorded is that of the bytes that were read.
 */
class FailureDiagnosticsTests {

	@TempDir
	Path folder;

	@Test
	void aFullDiskStopsTheRunNamingTheFolderNotAsAnErrorInGapReport() {
		Path pdf = this.folder.resolve("output/cafe/2026-q3/.report.pdf.1234.part");
		var full = new RuntimeException("rendering failed",
				new UncheckedIOException(new FileSystemException(pdf.toString(), null, "No space left on device")));
		assertThatThrownBy(() -> report(full)).isInstanceOfSatisfying(DiskFault.class, (fault) -> {
			assertThat(fault.full()).isTrue();
			assertThat(fault.getMessage()).isEqualTo("the disk holding " + pdf.getParent() + " is full (" + pdf
					+ ": No space left on device): free some space and run again; nothing is lost");
		});
		// as H2 words it, without a file: the output folder is named
		assertThatThrownBy(() -> report(new UncheckedIOException(new IOException("No space left on device"))))
			.isInstanceOf(DiskFault.class)
			.hasMessageStartingWith("the disk holding " + this.folder.resolve("output") + " is full");
		assertThat(this.folder.resolve("output/cafe")).doesNotExist();
	}

	@Test
	void anOutputFolderThatCannotBeWrittenStopsTheRunAsASettingToFix() {
		Path folder = this.folder.resolve("output/cafe/2026-q3");
		var denied = new UncheckedIOException(new AccessDeniedException(folder.resolve("report.pdf").toString()));
		assertThatThrownBy(() -> report(denied)).isInstanceOfSatisfying(DiskFault.class, (fault) -> {
			assertThat(fault.full()).isFalse();
			assertThat(fault.getMessage()).isEqualTo("cannot write in " + folder + " (" + folder.resolve("report.pdf")
					+ ": permission denied): make it writable, or choose another --output");
		});
	}

	@Test
	void anotherInputOutputFailureFailsTheWorkbookAlone() throws Exception {
		WorkbookOutcome outcome = report(new UncheckedIOException(new IOException("Stale file handle")));
		assertThat(outcome.status()).isEqualTo(WorkbookOutcome.Status.FAILED);
		assertThat(outcome.message()).isEqualTo("could not write the report: Stale file handle");
		assertThat(outcome.internalError()).isFalse();
	}

	@Test
	void anErrorInGapReportIsMarkedAndWordedOnOneLine() throws Exception {
		WorkbookOutcome outcome = report(new IllegalStateException("first line\n\tsecond line\r\nthird"));
		assertThat(outcome.internalError()).isTrue();
		assertThat(outcome.message())
			.contains("an error in gap-report (IllegalStateException: first line second line "
					+ "third); the log file has the details")
			.doesNotContain("\n", "\r", "\t");
	}

	@Test
	void anUnreachableJobDatabaseStopsTheRunInsteadOfFailingEachWorkbook() {
		var outage = new IllegalStateException("could not get a connection",
				new SQLException("Connection to 127.0.0.1:5432 refused", "08001"));
		assertThat(Outages.isUnreachable(outage)).isTrue();
		assertThatThrownBy(() -> report(outage)).isSameAs(outage);
	}

	@Test
	void theChecksumIsOfTheBytesThatWereReadEvenWhenTheFileIsReplacedMeanwhile() throws Exception {
		Path workbook = Workbooks.example(this.folder.resolve("cafe.xlsx"), "Café", "2026-Q3", "en", "");
		byte[] read = Files.readAllBytes(workbook);
		try (WorkbookSnapshot snapshot = WorkbookSnapshot.of(workbook)) {
			Workbooks.example(workbook, "Another Client", "2026-Q4", "en", "");
			assertThat(Files.readAllBytes(snapshot.file())).isEqualTo(read);
			assertThat(snapshot.checksum()).isEqualTo(java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(read)));
			try (var opened = io.gapreport.workbook.SurveyWorkbook.open(snapshot.file())) {
				assertThat(opened.questionnaire().engagement().client()).isEqualTo("Café");
			}
		}
	}

	private WorkbookOutcome report(RuntimeException failure) throws Exception {
		Path input = this.folder.resolve("input");
		Path workbook = Workbooks.example(input.resolve("cafe.xlsx"), "Café", "2026-Q3", "en", "");
		ReportFile failing = new ReportFile() {

			@Override
			public String name() {
				return "report.pdf";
			}

			@Override
			public void write(Content content, OutputStream out) {
				throw failure;
			}

		};
		return new WorkbookReporter(input, this.folder.resolve("output"), new RunOptions(false, false),
				WaveHistory.NONE, ReportLedger.NONE, List.of(failing), ReportDelivery.NONE, FolderClaims.inMemory(),
				UnitThreads.CALLER)
			.report(workbook);
	}

}
