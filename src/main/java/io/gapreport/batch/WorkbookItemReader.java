package io.gapreport.batch;

import java.nio.file.Path;
import java.util.List;

import io.gapreport.run.WorkbookFinder;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the workbook paths of a run, one item each. Counting lets a restarted step skip
 * the workbooks it had already done.
 */
class WorkbookItemReader extends AbstractItemCountingItemStreamItemReader<Path> {

	private final Path input;

	private final RunOutcomes outcomes;

	private final String token;

	private List<Path> workbooks = List.of();

	WorkbookItemReader(Path input, RunOutcomes outcomes, String token) {
		this.input = input;
		this.outcomes = outcomes;
		this.token = token;
		setName("workbooks");
	}

	@Override
	protected void doOpen() throws Exception {
		this.workbooks = WorkbookFinder.findInWaveOrder(this.input);
		this.outcomes.started(this.token, this.workbooks.size());
	}

	@Override
	protected @Nullable Path doRead() {
		int next = getCurrentItemCount() - 1;
		if (next < this.workbooks.size()) {
			this.outcomes.checkLock(this.token);
		}
		return (next < this.workbooks.size()) ? this.workbooks.get(next) : null;
	}

	@Override
	protected void doClose() {
		this.workbooks = List.of();
	}

}
