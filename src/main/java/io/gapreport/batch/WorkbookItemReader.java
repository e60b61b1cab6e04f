package io.gapreport.batch;

import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the workbook paths of one partition, one item each. Counting lets a restarted or
 * redelivered partition skip the workbooks it had already done.
 */
class WorkbookItemReader extends AbstractItemCountingItemStreamItemReader<Path> {

	private final List<Path> workbooks;

	private final LockGuard guard;

	WorkbookItemReader(List<Path> workbooks, LockGuard guard) {
		this.guard = guard;
		this.workbooks = List.copyOf(workbooks);
		setName("workbooks");
	}

	@Override
	protected void doOpen() {
	}

	@Override
	protected @Nullable Path doRead() {
		int next = getCurrentItemCount() - 1;
		if (next < this.workbooks.size()) {
			this.guard.check();
		}
		return (next < this.workbooks.size()) ? this.workbooks.get(next) : null;
	}

	@Override
	protected void doClose() {
	}

}
