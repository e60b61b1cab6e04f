package io.gapreport.system;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;

import io.gapreport.report.PdfReport;
import io.gapreport.report.ReportLetters;
import io.gapreport.report.ReportMail;
import io.gapreport.report.ReportModel;
import io.gapreport.run.ReportFile;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * The PDF report written beside each {@code scores.json}, dated by the clock, the e-mail
 * that carries it, worded from the same report model, and the report's HTML twin.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GapReportProperties.class)
class ReportConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

	@Bean
	PdfReport pdfReport(GapReportProperties properties) {
		return (properties.templates() != null) ? PdfReport.from(properties.templates()) : PdfReport.packaged();
	}

	@Bean
	ReportLetters reportLetters(GapReportProperties properties) {
		return (properties.templates() != null) ? ReportLetters.from(properties.templates()) : ReportLetters.packaged();
	}

	@Bean
	ContentModels contentModels(PdfReport report, Clock clock) {
		return new ContentModels(report, clock);
	}

	@Bean
	@Order(1) // the PDF first, then its twin (ContentModels keeps the model between them)
	ReportFile pdfReportFile(PdfReport report, ReportLetters letters, ContentModels models) {
		return new ReportFile.Mailed() {

			@Override
			public String name() {
				return "report.pdf";
			}

			@Override
			public ReportFile.Letter writeMailed(Content content, OutputStream out) throws IOException {
				ReportModel model = models.of(content);
				var counted = new Counted(out);
				report.render(model, counted);
				counted.flush();
				Path file = content.folder().resolve(name());
				ReportMail mail = letters.compose(model, counted.bytes, file);
				return new ReportFile.Letter(file, mail.subject(), mail.attachedBody(), mail.tooLargeBody(),
						mail.attachedHtml(), mail.tooLargeHtml());
			}

		};
	}

	/** The HTML twin of the PDF report, from the same model and template. */
	@Bean
	@Order(2)
	ReportFile htmlReportFile(PdfReport report, ContentModels models) {
		return new ReportFile() {

			@Override
			public String name() {
				return "report.html";
			}

			@Override
			public void write(Content content, OutputStream out) {
				report.renderHtml(models.take(content), out);
			}

		};
	}

	/** Counts the bytes written through it: the report's size, for its e-mail. */
	private static final class Counted extends FilterOutputStream {

		private long bytes;

		Counted(OutputStream out) {
			super(out);
		}

		@Override
		public void write(int b) throws IOException {
			this.out.write(b);
			this.bytes++;
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			this.out.write(b, off, len);
			this.bytes += len;
		}

	}

}
