package io.gapreport.system;

import java.time.Clock;
import java.time.LocalDate;

import io.gapreport.report.PdfReport;
import io.gapreport.report.ReportModel;
import io.gapreport.run.ReportFile.Content;
import org.jspecify.annotations.Nullable;

/**
 * The report model of a report's content, built once for all of its files: a report's
 * files (the PDF, its HTML twin) are written one after the other on one thread from one
 * {@link Content}, so each thread keeps the model of the content it saw last. The PDF and
 * the twin thus show the same unit, units and date, even across midnight.
 */
final class ContentModels {

	private final PdfReport report;

	private final Clock clock;

	private final ThreadLocal<@Nullable Built> last = new ThreadLocal<>();

	ContentModels(PdfReport report, Clock clock) {
		this.report = report;
		this.clock = clock;
	}

	/** The model of {@code content}: the one already built for it, or a new one. */
	ReportModel of(Content content) {
		Built built = this.last.get();
		if (built == null || built.content() != content) {
			built = new Built(content, this.report.model(content.scores(), content.firstProblems(),
					LocalDate.now(this.clock), content.unit(), content.units()));
			this.last.set(built);
		}
		return built.model();
	}

	private record Built(Content content, ReportModel model) {

	}

}
