package io.gapreport.delivery;

import java.time.Clock;

import io.gapreport.run.Owners;
import io.gapreport.run.ReportDelivery;
import io.gapreport.system.GapReportProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * E-mail: the queue the report step fills and the {@link Mailer} the delivery step sends
 * with (SMTP from Spring Boot's {@code spring.mail.*}; only a process that sends needs
 * it).
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

	@Bean
	DeliveryQueue deliveryQueue(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
		return new DeliveryQueue(jdbc, transactions, clock);
	}

	@Bean
	ReportDelivery reportDelivery(DeliveryQueue queue, GapReportProperties properties) {
		return new MailDelivery(queue, properties.mail().maxAttachmentSize().toBytes());
	}

	@Bean
	Mailer mailer(DeliveryQueue queue, ObjectProvider<JavaMailSender> mailSender, GapReportProperties properties,
			Environment environment) {
		String from = (properties.mail().from() != null) ? properties.mail().from()
				: environment.getProperty("spring.mail.username", "gap-report@localhost");
		return new Mailer(queue, new SmtpSender(mailSender.getIfAvailable(JavaMailSenderImpl::new), from,
				properties.mail().attachHtml()), Owners.current());
	}

}
