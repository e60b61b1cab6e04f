package io.gapreport.delivery;

import java.time.Duration;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends one queued copy over SMTP (Spring Boot's {@code spring.mail.*}), trying again
 * with doubling pauses when the server is unreachable or refuses for now.
 */
final class SmtpSender {

	private final JavaMailSender sender;

	private final String from;

	private final int attempts;

	private final Duration backoff;

	SmtpSender(JavaMailSender sender, String from, int attempts, Duration backoff) {
		this.sender = sender;
		this.from = from;
		this.attempts = Math.max(1, attempts);
		this.backoff = backoff;
	}

	/**
	 * Sends {@code mail}; throws with the server's last answer when every attempt failed.
	 */
	void send(QueuedMail mail) throws MessagingException, InterruptedException {
		MimeMessage message = message(mail);
		long pause = this.backoff.toMillis();
		for (int attempt = 1;; attempt++) {
			try {
				this.sender.send(message);
				return;
			}
			catch (MailException ex) {
				if (attempt >= this.attempts) {
					throw ex;
				}
				Thread.sleep(pause);
				pause *= 2;
			}
		}
	}

	private MimeMessage message(QueuedMail mail) throws MessagingException {
		Session session = (this.sender instanceof JavaMailSenderImpl impl) ? impl.getSession()
				: this.sender.createMimeMessage().getSession();
		MimeMessage message = new MimeMessage(session) {

			@Override
			protected void updateMessageID() throws MessagingException {
				setHeader("Message-ID", mail.messageId());
			}

		};
		var helper = new MimeMessageHelper(message, mail.attach(), "UTF-8");
		helper.setFrom(this.from);
		helper.setTo(mail.recipient());
		helper.setSubject(mail.subject());
		helper.setText(mail.body(), false);
		if (mail.attach()) {
			helper.addAttachment("report.pdf", new FileSystemResource(mail.report()), "application/pdf");
		}
		return message;
	}

}
