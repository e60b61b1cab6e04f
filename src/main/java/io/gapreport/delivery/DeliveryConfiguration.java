package io.gapreport.delivery;

import java.time.Clock;
import java.time.Duration;

import io.gapreport.report.PdfReport;
import io.gapreport.run.ReportDelivery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;

/** Builds the mail delivery from its parts; the Spring wiring calls this. */
public final class DeliveryConfiguration {

	private DeliveryConfiguration() {
	}

	/**
	 * @param owner who claims sends: process and host, for diagnosis
	 * @param from the sender address
	 * @param attempts attempts per copy in one run
	 * @param backoff the first pause between attempts; it doubles
	 * @param maxAttachmentBytes reports larger than this are not attached
	 */
	public static ReportDelivery mailDelivery(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock,
			JavaMailSender mailSender, PdfReport reports, String owner, String from, int attempts, Duration backoff,
			long maxAttachmentBytes) {
		return new MailDelivery(new DeliveryQueue(jdbc, transactions, clock),
				new SmtpSender(mailSender, from, attempts, backoff), reports, maxAttachmentBytes, owner);
	}

}
