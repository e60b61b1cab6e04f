package io.gapreport.batch;

import java.nio.file.Path;

import io.gapreport.run.WorkbookOutcome;
import io.gapreport.run.WorkbookReporter;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Reports one workbook: delegates to {@link WorkbookReporter}, which never throws for bad
 * input.
 */
class WorkbookItemProcessor implements ItemProcessor<Path, WorkbookOutcome> {

	private final WorkbookReporter reporter;

	WorkbookItemProcessor(WorkbookReporter reporter) {
		this.reporter = reporter;
	}

	@Override
	public WorkbookOutcome process(Path workbook) {
		return this.reporter.report(workbook);
	}

}
