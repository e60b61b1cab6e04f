package io.gapreport.system;

import java.time.Clock;
import java.time.LocalDate;

import io.gapreport.report.PdfReport;
import io.gapreport.run.ReportFile;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The PDF report written beside each {@code scores.json}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GapReportProperties.class)
class ReportConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

	@Bean
	ReportFile pdfReport(GapReportProperties properties, Clock clock) {
		PdfReport report = (properties.templates() != null) ? PdfReport.from(properties.templates())
				: PdfReport.packaged();
		return new ReportFile() {

			@Override
			public String name() {
				return "report.pdf";
			}

			@Override
			public void write(Content content, java.io.OutputStream out) {
				report.write(content.scores(), content.firstProblems(), LocalDate.now(clock), out);
			}

		};
	}

}
