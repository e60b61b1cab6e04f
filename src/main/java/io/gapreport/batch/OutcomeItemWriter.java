package io.gapreport.batch;

import io.gapreport.run.WorkbookOutcome;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Hands each workbook's outcome to the run summary of its job execution. */
class OutcomeItemWriter implements ItemWriter<WorkbookOutcome> {

	private final RunOutcomes outcomes;

	private final String token;

	OutcomeItemWriter(RunOutcomes outcomes, String token) {
		this.outcomes = outcomes;
		this.token = token;
	}

	@Override
	public void write(Chunk<? extends WorkbookOutcome> chunk) {
		chunk.forEach((outcome) -> this.outcomes.add(this.token, outcome));
	}

}
