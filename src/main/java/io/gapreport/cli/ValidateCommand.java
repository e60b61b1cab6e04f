package io.gapreport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.gapreport.run.Outages;
import io.gapreport.run.ReportFolders;
import io.gapreport.run.WorkbookFinder;
import io.gapreport.survey.AuditVisit;
import io.gapreport.survey.CustomerResponse;
import io.gapreport.survey.InputProblem;
import io.gapreport.survey.ManagerResponse;
import io.gapreport.survey.ResponseSink;
import io.gapreport.workbook.ExportPlace;
import io.gapreport.workbook.SurveyWorkbook;
import io.gapreport.workbook.WorkbookException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code validate}: reads and checks workbooks, prints every problem, writes nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
		description = { "Read and check workbooks and print every problem; write nothing.",
				"Exit code 1 when any workbook has an error that stops its report." })
final class ValidateCommand implements Callable<Integer> {

	@CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	@Option(names = "--input", paramLabel = "DIR|FILE", defaultValue = "input",
			description = "workbook or folder of workbooks (default: ${DEFAULT-VALUE})")
	private Path input;

	@Override
	public Integer call() throws IOException {
		if (!Files.exists(this.input)) {
			throw new CommandLine.ParameterException(this.spec.commandLine(),
					"input " + this.input + " does not exist");
		}
		PrintWriter out = this.spec.commandLine().getOut();
		List<Path> workbooks = WorkbookFinder.findInWaveOrder(this.input);
		var folders = new ReportFolders();
		int failed = 0;
		for (Path workbook : workbooks) {
			failed += validate(workbook, folders, out) ? 0 : 1;
		}
		out.printf("%d workbook(s) checked, %d with errors%n", workbooks.size(), failed);
		out.flush();
		return (failed > 0) ? GapReportCli.WORKBOOK_FAILED : GapReportCli.OK;
	}

	/**
	 * Makes every check {@code run} makes of a workbook before it writes anything: links
	 * out of the input folder, workbook errors, answers that cannot carry a report, and
	 * another workbook with the same client and wave.
	 */
	private boolean validate(Path workbook, ReportFolders folders, PrintWriter out) {
		out.println(workbook);
		var tally = new Tally(out);
		String outside = WorkbookFinder.linkOutside(this.input, workbook);
		if (outside != null) {
			return failed(List.of(outside), out);
		}
		try (SurveyWorkbook opened = SurveyWorkbook.open(workbook, ExportPlace.in(workbook, this.input))) {
			opened.stream(tally);
			String name = Files.isDirectory(this.input) ? this.input.relativize(workbook).toString()
					: String.valueOf(workbook.getFileName());
			String collision = folders.claim(opened.questionnaire().engagement(), name);
			if (collision != null) {
				return failed(List.of(collision), out);
			}
		}
		catch (WorkbookException ex) {
			return failed(ex.problems(), out);
		}
		catch (OutOfMemoryError ex) {
			return failed(WorkbookException.outOfMemory().problems(), out);
		}
		out.printf("  OK: %d customers, %d managers, %d audits; %d rejected rows, %d invalid cells%n", tally.customers,
				tally.managers, tally.audits, tally.rejectedRows, tally.invalidCells);
		return true;
	}

	private static boolean failed(List<String> problems, PrintWriter out) {
		problems.forEach((problem) -> out.printf("  error: %s%n", Outages.oneLine(problem)));
		out.printf("  ERROR: no report can be made from this workbook (%d problem(s))%n", problems.size());
		return false;
	}

	/** Counts rows and lists problems as they stream past. */
	private static final class Tally implements ResponseSink {

		private final PrintWriter out;

		private int customers;

		private int managers;

		private int audits;

		private int rejectedRows;

		private int invalidCells;

		Tally(PrintWriter out) {
			this.out = out;
		}

		@Override
		public void customer(CustomerResponse response) {
			this.customers++;
		}

		@Override
		public void manager(ManagerResponse response) {
			this.managers++;
		}

		@Override
		public void audit(AuditVisit visit) {
			this.audits++;
		}

		@Override
		public void problem(InputProblem problem) {
			if (problem.isRejectedRow()) {
				this.rejectedRows++;
				this.out.printf("  %s rejected: %s%n", problem.reference(), problem.reason());
			}
			else {
				this.invalidCells++;
				this.out.printf("  %s \"%s\": %s%n", problem.place(), Outages.oneLine(problem.value()),
						problem.reason());
			}
		}

	}

}
