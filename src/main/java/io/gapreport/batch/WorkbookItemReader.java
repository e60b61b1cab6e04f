package io.gapreport.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the workbook paths of one partition, one item each, checking the run lock before
 * each. Counting lets a restarted or redelivered partition skip the workbooks it had
 * already done.
 */
class WorkbookItemReader extends AbstractItemCountingItemStreamItemReader<Path> {

	private final List<Path> workbooks;

	private final Consumer<Path> lockCheck;

	WorkbookItemReader(List<Path> workbooks, Consumer<Path> lockCheck) {
		this.lockCheck = lockCheck;
		this.workbooks = List.copyOf(workbooks);
		setName("workbooks");
	}

	@Override
	protected void doOpen() {
	}

	@Override
	protected @Nullable Path doRead() {
		int next = getCurrentItemCount() - 1;
		if (next >= this.workbooks.size()) {
			return null;
		}
		this.lockCheck.accept(this.workbooks.get(next));
		return this.workbooks.get(next);
	}

	@Override
	protected void doClose() {
	}

}
