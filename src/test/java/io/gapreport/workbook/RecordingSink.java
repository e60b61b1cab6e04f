package io.gapreport.workbook;

import java.util.ArrayList;
import java.util.List;

import io.gapreport.survey.AuditVisit;
import io.gapreport.survey.CustomerResponse;
import io.gapreport.survey.InputProblem;
import io.gapreport.survey.ManagerResponse;
import io.gapreport.survey.ResponseSink;

/**
 * Keeps everything streamed to it, and the order it came in, for assertions.
 */
final class RecordingSink implements ResponseSink {

	final List<CustomerResponse> customers = new ArrayList<>();

	final List<ManagerResponse> managers = new ArrayList<>();

	final List<AuditVisit> audits = new ArrayList<>();

	final List<InputProblem> problems = new ArrayList<>();

	final List<String> events = new ArrayList<>();

	@Override
	public void customer(CustomerResponse response) {
		this.customers.add(response);
		this.events.add("customer " + response.row());
	}

	@Override
	public void manager(ManagerResponse response) {
		this.managers.add(response);
		this.events.add("manager " + response.row());
	}

	@Override
	public void audit(AuditVisit visit) {
		this.audits.add(visit);
		this.events.add("audit " + visit.row());
	}

	@Override
	public void problem(InputProblem problem) {
		this.problems.add(problem);
		this.events.add("problem " + problem.reference());
	}

	/**
	 * Problems as {@code reference value: reason}, e.g.
	 * {@code Customers!F2 9: out of scale 1-5}.
	 */
	List<String> problemLines() {
		return this.problems.stream().map((p) -> p.reference() + " " + p.value() + ": " + p.reason()).toList();
	}

	/**
	 * The rows of {@code workbook}, without the check that its answers can carry a report
	 * (a one-row test workbook is all about the row).
	 */
	static RecordingSink streamed(SurveyWorkbook workbook) throws WorkbookException {
		RecordingSink sink = new RecordingSink();
		workbook.streamRows(sink);
		return sink;
	}

}
