package io.gapreport.scoring;

import java.util.List;
import java.util.Map;

import io.gapreport.survey.Benchmark;
import io.gapreport.survey.CustomerResponse;
import io.gapreport.survey.Engagement;
import io.gapreport.survey.Level;
import io.gapreport.survey.Question;
import io.gapreport.survey.Questionnaire;
import io.gapreport.survey.Scale;
import io.gapreport.survey.Standard;

/** Tiny hand-made surveys on a 1-5 scale, for scores worked out by hand. */
final class TinySurveys {

	private TinySurveys() {
	}

	static CustomerResponse customer(String id, double[] expected, double[] perceived) {
		return new CustomerResponse(2, id, null, null, null, null, null, expected, perceived);
	}

	static double[] e(double... values) {
		return values;
	}

	static double[] p(double... values) {
		return values;
	}

	static Question question(String code, Level level, Double weight) {
		return new Question(code, "Question " + code, level, null, weight);
	}

	static Questionnaire questionnaire(List<Question> questions, Map<String, Standard> standards) {
		return questionnaire(questions, standards, 5);
	}

	static Questionnaire questionnaire(List<Question> questions, Map<String, Standard> standards, int minGroupSize) {
		var engagement = new Engagement("Client", "2026-W2", null, "en", new Scale(1, 5), List.of(), null,
				minGroupSize);
		return new Questionnaire(engagement, questions, standards, Benchmark.BUILT_IN, !standards.isEmpty(), false);
	}

}
