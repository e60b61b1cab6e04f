package io.gapreport.batch;

import java.nio.file.Path;

import io.gapreport.run.ReportDraft;
import io.gapreport.run.WorkbookReporter;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Reads and scores one workbook and writes its files under temporary names; the writer
 * puts them in place. Delegates to {@link WorkbookReporter}, which never throws for bad
 * input.
 */
class WorkbookItemProcessor implements ItemProcessor<Path, ReportDraft> {

	private final WorkbookReporter reporter;

	WorkbookItemProcessor(WorkbookReporter reporter) {
		this.reporter = reporter;
	}

	@Override
	public ReportDraft process(Path workbook) {
		return this.reporter.prepare(workbook);
	}

}
