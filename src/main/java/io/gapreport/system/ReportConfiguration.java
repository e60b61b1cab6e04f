package io.gapreport.system;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;

import io.gapreport.delivery.DeliveryConfiguration;
import io.gapreport.report.PdfReport;
import io.gapreport.run.ReportDelivery;
import io.gapreport.run.ReportFile;
import io.gapreport.run.Worker;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;

/** The PDF report written beside each {@code scores.json}, and its delivery by e-mail. */
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
	ReportFile pdfReportFile(PdfReport report, Clock clock) {
		return new ReportFile() {

			@Override
			public String name() {
				return "report.pdf";
			}

			@Override
			public void write(Content content, OutputStream out) {
				report.write(content.scores(), content.firstProblems(), LocalDate.now(clock), out);
			}

		};
	}

	@Bean
	ReportDelivery reportDelivery(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock,
			ObjectProvider<JavaMailSender> mailSender, PdfReport report, GapReportProperties properties,
			Environment environment) {
		var mail = properties.mail();
		String from = (mail.from() != null) ? mail.from()
				: environment.getProperty("spring.mail.username", "gap-report@localhost");
		return DeliveryConfiguration.mailDelivery(jdbc, transactions, clock,
				mailSender.getIfAvailable(JavaMailSenderImpl::new), report, owner(), from, mail.attempts(),
				mail.backoff(), mail.maxAttachmentSize().toBytes());
	}

	static String owner() {
		return Worker.current().toString();
	}

}
