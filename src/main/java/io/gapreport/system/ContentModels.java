package io.gapreport.system;

import java.time.Clock;
import java.time.LocalDate;

import io.gapreport.report.PdfReport;
import io.gapreport.report.ReportModel;
import io.gapreport.run.ReportFile.Content;
import org.jspecify.annotations.Nullable;

/**
 * The report model of a report's content, built once for all of its files: a report's
 * files (the PDF, then its HTML twin) are written one after the other on one thread from
 * one {@link Content}, so each thread keeps the model of the content it is writing until
 * its last file takes it. The PDF and the twin thus show the same unit, units and date,
 * even across midnight, and no thread holds on to a written report's model.
 */
final class ContentModels {

	private final PdfReport report;

	private final Clock clock;

	private final ThreadLocal<@Nullable Built> last = new ThreadLocal<>();

	ContentModels(PdfReport report, Clock clock) {
		this.report = report;
		this.clock = clock;
	}

	/**
	 * The model of {@code content} for a file that is not its last: the one already built
	 * for it, or a new one, kept for the next file.
	 */
	ReportModel of(Content content) {
		Built built = this.last.get();
		if (built == null || built.content() != content) {
			built = new Built(content, this.report.model(content.scores(), content.firstProblems(),
					LocalDate.now(this.clock), content.unit(), content.units()));
			this.last.set(built);
		}
		return built.model();
	}

	/**
	 * The model of {@code content} for its last file: the one already built for it, or a
	 * new one; either way this thread keeps none after it.
	 */
	ReportModel take(Content content) {
		ReportModel model = of(content);
		this.last.remove();
		return model;
	}

	private record Built(Content content, ReportModel model) {

	}

}
