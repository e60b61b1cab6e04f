package io.gapreport.workbook;

import io.gapreport.survey.AuditVisit;
import io.gapreport.survey.CustomerResponse;
import io.gapreport.survey.InputProblem;
import io.gapreport.survey.ManagerResponse;
import io.gapreport.survey.ResponseSink;

/** Counts what is streamed to it and keeps nothing, for reads of any size. */
final class CountingSink implements ResponseSink {

	long customers;

	long problems;

	@Override
	public void customer(CustomerResponse response) {
		this.customers++;
	}

	@Override
	public void manager(ManagerResponse response) {
	}

	@Override
	public void audit(AuditVisit visit) {
	}

	@Override
	public void problem(InputProblem problem) {
		this.problems++;
	}

}
