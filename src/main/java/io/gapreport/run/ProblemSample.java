package io.gapreport.run;

import java.util.ArrayList;
import java.util.List;

import io.gapreport.output.RejectedCsv;
import io.gapreport.survey.AuditVisit;
import io.gapreport.survey.CustomerResponse;
import io.gapreport.survey.InputProblem;
import io.gapreport.survey.ManagerResponse;
import io.gapreport.survey.ResponseSink;

/**
 * Passes streamed rows on to the scores, every problem on to {@code rejected.csv}, and
 * keeps the first few problems for the report's data-quality section.
 */
final class ProblemSample {

	static final int KEPT = 10;

	private final ResponseSink scores;

	private final List<InputProblem> first = new ArrayList<>();

	ProblemSample(ResponseSink scores) {
		this.scores = scores;
	}

	List<InputProblem> first() {
		return List.copyOf(this.first);
	}

	ResponseSink teeTo(RejectedCsv csv) {
		return new ResponseSink() {

			@Override
			public void customer(CustomerResponse response) {
				ProblemSample.this.scores.customer(response);
			}

			@Override
			public void manager(ManagerResponse response) {
				ProblemSample.this.scores.manager(response);
			}

			@Override
			public void audit(AuditVisit visit) {
				ProblemSample.this.scores.audit(visit);
			}

			@Override
			public void problem(InputProblem problem) {
				ProblemSample.this.scores.problem(problem);
				csv.add(problem);
				if (ProblemSample.this.first.size() < KEPT) {
					ProblemSample.this.first.add(problem);
				}
			}

		};
	}

}
