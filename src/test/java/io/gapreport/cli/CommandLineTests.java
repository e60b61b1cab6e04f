package io.gapreport.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.gapreport.run.ReportDelivery;
import io.gapreport.run.WorkbookOutcome;
import io.gapreport.testing.ConsoleLines;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Usage, help and exit codes, without starting the application. */
class CommandLineTests {

	@TempDir
	Path folder;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	@ParameterizedTest
	@ValueSource(strings = { "run", "serve", "validate", "template", "sample" })
	void everyCommandHasHelp(String command) {
		assertThat(execute(command, "--help")).isZero();
		assertThat(this.out.toString()).contains("Usage: gap-report " + command);
	}

	@Test
	void noCommandIsAUsageError() {
		assertThat(execute()).isEqualTo(2);
		assertThat(this.err.toString()).contains("gap-report: name a command").contains("Commands:");
	}

	@Test
	void unknownOptionIsAUsageErrorOfOneLineAndAPointerToHelp() {
		assertThat(execute("run", "--inptu", "x")).isEqualTo(2);
		assertThat(ConsoleLines.of(this.err)).containsExactly("gap-report: unknown option --inptu",
				"(see: gap-report run --help)");
	}

	@Test
	void missingInputFolderIsAUsageErrorAndWritesNothing() {
		Path output = this.folder.resolve("out");
		assertThat(execute("run", "--input", this.folder.resolve("nowhere").toString(), "--output", output.toString(),
				"--spring.datasource.url=jdbc:h2:file:" + this.folder.resolve("db/gr")))
			.isEqualTo(2);
		assertThat(this.err.toString()).contains("input folder").contains("does not exist");
		assertThat(output).doesNotExist();
		assertThat(this.folder.resolve("db")).doesNotExist();
	}

	@Test
	void aBadCronExpressionOrTemplatesFolderIsAUsageErrorAndWritesNothing() {
		Path output = this.folder.resolve("out");
		String database = "--spring.datasource.url=jdbc:h2:file:" + this.folder.resolve("db/gr");
		assertThat(execute("serve", "--cron", "every night", "--input", this.folder.toString(), "--output",
				output.toString(), database))
			.isEqualTo(2);
		assertThat(this.err.toString()).contains("bad cron expression \"every night\"");
		assertThat(execute("run", "--templates", this.folder.resolve("nowhere").toString(), "--input",
				this.folder.toString(), "--output", output.toString(), database))
			.isEqualTo(2);
		assertThat(this.err.toString()).contains("templates folder").contains("does not exist");
		assertThat(output).doesNotExist();
		assertThat(this.folder.resolve("db")).doesNotExist();
	}

	@Test
	void tooManyThreadsIsAUsageErrorOfOneLineAndCreatesNothing() {
		Path output = this.folder.resolve("out");
		Path input = this.folder.resolve("in");
		input.toFile().mkdirs();
		assertThat(execute("run", "--threads", "100000", "--input", input.toString(), "--output", output.toString(),
				"--spring.datasource.url=jdbc:h2:file:" + this.folder.resolve("db/gr")))
			.isEqualTo(2);
		assertThat(ConsoleLines.of(this.err)).containsExactly(
				"gap-report: --threads must be between 1 and 256, not 100000", "(see: gap-report run --help)");
		assertThat(execute("worker", "--threads", "0",
				"--spring.datasource.url=jdbc:h2:file:" + this.folder.resolve("db/gr")))
			.isEqualTo(2);
		assertThat(this.err.toString()).contains("--threads must be between 1 and 256, not 0");
		assertThat(output).doesNotExist();
		assertThat(this.folder.resolve("db")).doesNotExist();
	}

	@Test
	void aCronExpressionThatNeverFiresIsAUsageErrorAndCreatesNothing() {
		Path output = this.folder.resolve("out");
		assertThat(execute("serve", "--cron", "0 0 0 31 2 *", "--input", this.folder.toString(), "--output",
				output.toString(), "--spring.datasource.url=jdbc:h2:file:" + this.folder.resolve("db/gr")))
			.isEqualTo(2);
		assertThat(ConsoleLines.of(this.err)).containsExactly(
				"gap-report: cron expression \"0 0 0 31 2 *\" never fires: no date matches its day, month and "
						+ "weekday fields",
				"(see: gap-report serve --help)");
		assertThat(output).doesNotExist();
		assertThat(this.folder.resolve("db")).doesNotExist();
	}

	@Test
	void anOutputFolderThatCannotBeWrittenIsAConfigurationErrorOfOneLineAndCreatesNothing() throws Exception {
		Path input = Files.createDirectories(this.folder.resolve("in"));
		Path file = Files.writeString(this.folder.resolve("reports"), "a file where a folder should be");
		Path output = file.resolve("2026/q3");
		assertThat(execute("run", "--input", input.toString(), "--output", output.toString(),
				"--spring.datasource.url=jdbc:h2:file:" + this.folder.resolve("db/gr")))
			.isEqualTo(2);
		assertThat(ConsoleLines.of(this.err)).containsExactly("gap-report: cannot write in " + output + ": " + file
				+ " is a file, not a folder (choose another --output)");
		assertThat(this.folder.resolve("db")).doesNotExist();
		assertThat(Files.readString(file)).isEqualTo("a file where a folder should be");
	}

	@Test
	void aFullDiskIsAnOutageNamingWhereAndANotWritableFolderASettingNeverAnErrorInGapReport() {
		var h2 = new IllegalStateException("could not commit",
				new java.sql.SQLException("IO Exception: \"java.io.IOException: No space left on device\"", "90028"));
		Failures.Worded database = Failures.word(h2, null);
		assertThat(database.exitCode()).isEqualTo(3);
		assertThat(database.getMessage()).startsWith("the disk holding the job database").contains(" is full (");
		var report = new java.io.UncheckedIOException(new java.nio.file.FileSystemException(
				this.folder.resolve("out/run-summary.json").toString(), null, "No space left on device"));
		assertThat(Failures.word(report, null).getMessage())
			.startsWith("the disk holding " + this.folder.resolve("out") + " is full (");
		var readOnly = new java.io.UncheckedIOException(new java.nio.file.FileSystemException(
				this.folder.resolve("out/run-summary.json").toString(), null, "Read-only file system"));
		Failures.Worded setting = Failures.word(readOnly, null);
		assertThat(setting.exitCode()).isEqualTo(2);
		assertThat(setting.getMessage()).startsWith("cannot write in " + this.folder.resolve("out") + " (")
			.endsWith("): make it writable, or choose another --output");
	}

	@Test
	void sampleRejectsImpossibleOptions() {
		assertThat(execute("sample", "--items", "2", "--output", this.folder.toString())).isEqualTo(2);
		assertThat(ConsoleLines.text(this.err)).startsWith("gap-report: ");
	}

	@Test
	void templateWritesAWorkbook() {
		Path file = this.folder.resolve("template.xlsx");
		assertThat(execute("template", "--output", file.toString())).isZero();
		assertThat(file).isRegularFile();
	}

	@Test
	void templateAndSampleNeverOverwriteWithoutForce() throws Exception {
		Path file = Files.writeString(this.folder.resolve("filled.xlsx"), "a consultant's filled workbook");
		assertThat(execute("template", "--output", file.toString())).isEqualTo(2);
		assertThat(this.err.toString()).contains("filled.xlsx exists", "--force");
		assertThat(Files.readString(file)).isEqualTo("a consultant's filled workbook");
		assertThat(execute("sample", "--clients", "1", "--respondents", "10", "--output", this.folder.toString()))
			.isEqualTo(2);
		assertThat(this.err.toString()).contains("is not empty", "--force");
		assertThat(Files.list(this.folder)).containsExactly(file);
		assertThat(execute("template", "--force", "--output", file.toString())).isZero();
		assertThat(Files.size(file)).isGreaterThan(1000);
	}

	@Test
	void exitCodesTellAnErrorInGapReportFromAnUnreachableMailServerFromAFailedWorkbook() {
		var failed = outcome(WorkbookOutcome.Status.FAILED, List.of(), false);
		var unreachable = outcome(WorkbookOutcome.Status.FAILED,
				List.of(new ReportDelivery.Outcome("a@b.cz", ReportDelivery.Status.UNREACHABLE, "down")), false);
		var internal = outcome(WorkbookOutcome.Status.FAILED, List.of(), true);
		var reported = outcome(WorkbookOutcome.Status.REPORTED, List.of(), false);
		assertThat(RunCommand.exitCode(List.of(reported))).isZero();
		assertThat(RunCommand.exitCode(List.of(reported, failed))).isEqualTo(1);
		assertThat(RunCommand.exitCode(List.of(failed, unreachable))).isEqualTo(3);
		assertThat(RunCommand.exitCode(List.of(unreachable, internal))).isEqualTo(4);
	}

	private static WorkbookOutcome outcome(WorkbookOutcome.Status status, List<ReportDelivery.Outcome> mail,
			boolean internal) {
		return new WorkbookOutcome("x.xlsx", "X", "W", status, "", List.of(), Duration.ZERO, mail, internal);
	}

	@Test
	void validateOfAMissingFileIsAUsageError() throws Exception {
		assertThat(execute("validate", "--input", this.folder.resolve("x.xlsx").toString())).isEqualTo(2);
		Files.writeString(this.folder.resolve("notes.xlsx"), "not a workbook");
		assertThat(execute("validate", "--input", this.folder.toString())).isEqualTo(1);
		assertThat(this.out.toString()).contains("notes.xlsx").contains("ERROR");
	}

	@Test
	void validateListsEveryProblemOfABadWorkbookAndWritesNothing() throws Exception {
		Path workbook = this.folder.resolve("bad.xlsx");
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = Files.newOutputStream(workbook)) {
			var engagement = book.createSheet("Engagement");
			engagement.createRow(0).createCell(0).setCellValue("language");
			engagement.getRow(0).createCell(1).setCellValue("de");
			engagement.createRow(1).createCell(0).setCellValue("scale");
			engagement.getRow(1).createCell(1).setCellValue("7-1");
			var items = book.createSheet("Items");
			String[][] rows = { { "code", "text", "level" }, { "A1", "Right?", "acuracy" },
					{ "A1", "Again?", "accuracy" }, { "bad code!", "Odd?", "advise" } };
			for (int r = 0; r < rows.length; r++) {
				var row = items.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			book.write(out);
		}
		assertThat(execute("validate", "--input", workbook.toString())).isEqualTo(1);
		String printed = this.out.toString();
		assertThat(printed).contains("client", "wave", "language", "scale", "Customers", "acuracy", "advise",
				"bad code!", "A1");
		assertThat(ConsoleLines.of(printed).stream().filter((line) -> line.startsWith("  error: ")))
			.hasSizeGreaterThanOrEqualTo(8);
		assertThat(printed).doesNotContain("Exception", "\tat ");
		assertThat(Files.list(this.folder)).containsExactly(workbook);
	}

	private int execute(String... args) {
		return GapReportCli.execute(new PrintWriter(this.out, true), new PrintWriter(this.err, true), args);
	}

}
