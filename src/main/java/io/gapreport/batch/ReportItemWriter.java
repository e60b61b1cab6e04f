package io.gapreport.batch;

import java.util.ArrayList;
import java.util.List;

import io.gapreport.run.OutcomeJson;
import io.gapreport.run.ReportDraft;
import io.gapreport.run.WorkbookOutcome;
import io.gapreport.run.WorkbookReporter;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Puts each workbook's report in place, records it and queues its mail, and keeps the
 * partition's outcomes in its step execution context, committed with the chunk: the job
 * repository, not memory, says what a run has done.
 */
class ReportItemWriter implements ItemStreamWriter<ReportDraft> {

	/** The partition's outcomes so far, as JSON ({@link OutcomeJson}). */
	static final String OUTCOMES = "outcomes";

	private static final System.Logger LOGGER = System.getLogger(ReportItemWriter.class.getName());

	private final WorkbookReporter reporter;

	private final List<WorkbookOutcome> outcomes = new ArrayList<>();

	ReportItemWriter(WorkbookReporter reporter) {
		this.reporter = reporter;
	}

	@Override
	public void open(ExecutionContext context) {
		this.outcomes.clear();
		this.outcomes.addAll(outcomes(context));
	}

	@Override
	public void write(Chunk<? extends ReportDraft> drafts) {
		for (ReportDraft draft : drafts) {
			WorkbookOutcome outcome = this.reporter.commit(draft);
			this.outcomes.add(outcome);
			// a worker's console shows what it does (a worker logs this at INFO)
			LOGGER.log(System.Logger.Level.INFO, "{0}: {1}", outcome.path(), outcome.status().key());
		}
	}

	@Override
	public void update(ExecutionContext context) {
		context.putString(OUTCOMES, OutcomeJson.write(this.outcomes));
	}

	/** The outcomes kept in a partition's context. */
	static List<WorkbookOutcome> outcomes(ExecutionContext context) {
		return context.containsKey(OUTCOMES) ? OutcomeJson.read(context.getString(OUTCOMES)) : List.of();
	}

}
