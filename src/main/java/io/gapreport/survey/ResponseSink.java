package io.gapreport.survey;

/**
 * Receives a workbook's rows as they are streamed, so that nothing needs to hold every
 * respondent in memory. Rows arrive sheet by sheet in worksheet order; problems arrive
 * before the row they belong to is delivered (or instead of it, when it is rejected).
 */
public interface ResponseSink {

	/** A kept Customers row. */
	void customer(CustomerResponse response);

	/** A kept Management row. */
	void manager(ManagerResponse response);

	/** An Audits row. */
	void audit(AuditVisit visit);

	/** A rejected row, or an invalid cell in a kept row. */
	void problem(InputProblem problem);

	/**
	 * This sink, with every problem also handed to {@code problems} (after this sink has
	 * it): for a caller that lists or samples the problems beside the scores.
	 */
	default ResponseSink alsoProblems(java.util.function.Consumer<InputProblem> problems) {
		ResponseSink sink = this;
		return new ResponseSink() {

			@Override
			public void customer(CustomerResponse response) {
				sink.customer(response);
			}

			@Override
			public void manager(ManagerResponse response) {
				sink.manager(response);
			}

			@Override
			public void audit(AuditVisit visit) {
				sink.audit(visit);
			}

			@Override
			public void problem(InputProblem problem) {
				sink.problem(problem);
				problems.accept(problem);
			}

		};
	}

}
