package io.gapreport.run;

import java.util.ArrayList;
import java.util.List;

import io.gapreport.output.RejectedCsv;
import io.gapreport.survey.InputProblem;
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
		return this.scores.alsoProblems((problem) -> {
			csv.add(problem);
			if (this.first.size() < KEPT) {
				this.first.add(problem);
			}
		});
	}

}
