package io.gapreport.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import io.gapreport.run.OutcomeJson;
import io.gapreport.run.ReportDraft;
import io.gapreport.run.WorkbookOutcome;
import io.gapreport.run.WorkbookReporter;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records each workbook's report and queues its mail in the chunk's transaction, puts its
 * files in place once that transaction has committed (a rolled-back record leaves no
 * report that looks finished: its temporary files are removed), and keeps the partition's
 * outcomes in its step execution context: the job repository, not memory, says what a run
 * has done. A partition that stops early (the job database lost, the run lock lost, a
 * full disk) lists the workbooks it did not get to as not reported.
 */
class ReportItemWriter implements ItemStreamWriter<ReportDraft>, StepExecutionListener {

	/** The partition's outcomes so far, as JSON ({@link OutcomeJson}). */
	static final String OUTCOMES = "outcomes";

	private static final System.Logger LOGGER = System.getLogger(ReportItemWriter.class.getName());

	private final WorkbookReporter reporter;

	private final JobRepository repository;

	private final Consumer<Path> lockCheck;

	private final List<WorkbookOutcome> outcomes = new ArrayList<>();

	private @Nullable StepExecution partition;

	/**
	 * @param lockCheck throws {@link io.gapreport.run.RunLock.LostException} when the run
	 * no longer holds the run lock ({@link LockGuard#check}): asked again before each
	 * record, so that a run that was frozen while another took the lock records nothing
	 * more
	 */
	ReportItemWriter(WorkbookReporter reporter, JobRepository repository, Consumer<Path> lockCheck) {
		this.reporter = reporter;
		this.repository = repository;
		this.lockCheck = lockCheck;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.partition = stepExecution;
	}

	@Override
	public void open(ExecutionContext context) {
		this.outcomes.clear();
		this.outcomes.addAll(outcomes(context));
	}

	@Override
	public void write(Chunk<? extends ReportDraft> drafts) {
		for (ReportDraft draft : drafts) {
			try {
				this.lockCheck.accept(Path.of(draft.path()));
			}
			catch (RuntimeException ex) {
				this.reporter.discard(draft);
				throw ex;
			}
			ReportDraft.Recorded recorded = this.reporter.record(draft);
			// a restarted partition reports again a workbook its stopped run listed
			this.outcomes.removeIf((earlier) -> earlier.path().equals(draft.path()));
			this.outcomes.add(recorded.outcome());
			if (TransactionSynchronizationManager.isSynchronizationActive()) {
				TransactionSynchronizationManager.registerSynchronization(new PlaceAfterCommit(recorded));
			}
			else {
				placed(recorded);
			}
		}
	}

	@Override
	public void update(ExecutionContext context) {
		context.putString(OUTCOMES, OutcomeJson.write(this.outcomes));
	}

	@Override
	public @Nullable ExitStatus afterStep(StepExecution stepExecution) {
		if (stepExecution.getStatus() != BatchStatus.COMPLETED) {
			Set<String> done = this.outcomes.stream().map(WorkbookOutcome::path).collect(Collectors.toSet());
			for (Path workbook : ClientPartitioner.workbooks(stepExecution.getExecutionContext())) {
				WorkbookOutcome left = this.reporter.notReported(workbook);
				if (!done.contains(left.path())) {
					this.outcomes.add(left);
				}
			}
			// saved with the step's status after the listeners
			update(stepExecution.getExecutionContext());
		}
		return stepExecution.getExitStatus();
	}

	/** The outcomes kept in a partition's context. */
	static List<WorkbookOutcome> outcomes(ExecutionContext context) {
		return context.containsKey(OUTCOMES) ? OutcomeJson.read(context.getString(OUTCOMES)) : List.of();
	}

	/**
	 * Puts a recorded report in place and lists its mail; its outcome, the mail's
	 * included, replaces the recorded one in the partition's context at once.
	 */
	private void placed(ReportDraft.Recorded recorded) {
		WorkbookOutcome outcome = this.reporter.place(recorded);
		int index = this.outcomes.indexOf(recorded.outcome());
		if (index >= 0 && !outcome.equals(recorded.outcome())) {
			this.outcomes.set(index, outcome);
			StepExecution step = this.partition;
			if (step != null) {
				update(step.getExecutionContext());
				this.repository.updateExecutionContext(step);
			}
		}
		// a worker's console shows what it does (a worker logs this at INFO)
		LOGGER.log(System.Logger.Level.INFO, "{0}: {1}", outcome.path(), outcome.status().key());
	}

	/** Puts the files in place after the commit; removes them after a rollback. */
	private final class PlaceAfterCommit implements TransactionSynchronization {

		private final ReportDraft.Recorded recorded;

		PlaceAfterCommit(ReportDraft.Recorded recorded) {
			this.recorded = recorded;
		}

		@Override
		public void afterCommit() {
			placed(this.recorded);
		}

		@Override
		public void afterCompletion(int status) {
			if (status != STATUS_COMMITTED) {
				ReportItemWriter.this.outcomes.remove(this.recorded.outcome());
				ReportItemWriter.this.reporter.discard(this.recorded.draft());
			}
		}

	}

}
