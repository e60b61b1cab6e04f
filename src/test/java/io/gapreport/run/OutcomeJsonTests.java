package io.gapreport.run;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outcomes a partition keeps in its step execution context come back as they were, so
 * that the exit code the manager derives from them is the one the workbooks earned.
 */
class OutcomeJsonTests {

	private static final Worker ELSEWHERE = new Worker("worker-b", 4242);

	@Test
	void anInternalErrorAndItsWorkerSurviveTheRoundTrip() {
		var internal = new WorkbookOutcome("a.xlsx", "A", "W1", WorkbookOutcome.Status.FAILED,
				"could not make the report: an error in gap-report", List.of(), Duration.ofMillis(1500), List.of(),
				true, ELSEWHERE);
		var reported = new WorkbookOutcome("b.xlsx", "B", "W1", WorkbookOutcome.Status.REPORTED, "",
				List.of("b/w1/scores.json"), Duration.ofMillis(250),
				List.of(new ReportDelivery.Outcome("boss@example.com", ReportDelivery.Status.SENT_MAYBE_TWICE, "")),
				false, ELSEWHERE);

		String json = OutcomeJson.write(List.of(internal, reported));

		assertThat(OutcomeJson.read(json)).containsExactly(internal, reported);
		assertThat(json).containsOnlyOnce("internal_error");
	}

}
