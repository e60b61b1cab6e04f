package io.gapreport.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.gapreport.run.Outages;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends one queued copy over SMTP (Spring Boot's {@code spring.mail.*}), trying again
 * with doubling pauses when the server is unreachable or refuses for now. It tells apart
 * an attempt that certainly delivered nothing (no connection, or the server answered with
 * a refusal) from one that may have: the connection failed after the message was handed
 * over.
 */
final class SmtpSender {

	private final JavaMailSender sender;

	private final String from;

	private final int attempts;

	private final Duration backoff;

	private final String server;

	SmtpSender(JavaMailSender sender, String from, int attempts, Duration backoff) {
		this.sender = sender;
		this.from = from;
		this.attempts = Math.max(1, attempts);
		this.backoff = backoff;
		this.server = (sender instanceof JavaMailSenderImpl impl)
				? impl.getHost() + ":" + ((impl.getPort() > 0) ? impl.getPort() : 25) : "the SMTP server";
	}

	/**
	 * Sends {@code mail}.
	 * @return whether an earlier attempt of this call may have delivered it too
	 * @throws Failure with the server's last answer when every attempt failed
	 */
	boolean send(QueuedMail mail) throws Failure, InterruptedException {
		MimeMessage message;
		try {
			message = message(mail);
		}
		catch (MessagingException ex) {
			throw new Failure("cannot build the message: " + Outages.oneLine(ex), false, false);
		}
		long pause = this.backoff.toMillis();
		boolean maybeDelivered = false;
		for (int attempt = 1;; attempt++) {
			try {
				this.sender.send(message);
				return maybeDelivered;
			}
			catch (MailException ex) {
				maybeDelivered |= mayHaveDelivered(ex);
				if (attempt >= this.attempts) {
					boolean unreachable = Outages.isUnreachable(ex) && !mayHaveDelivered(ex);
					throw new Failure(
							unreachable ? "SMTP server " + this.server + " unreachable: " + Outages.oneLine(ex)
									: this.server + ": " + Outages.oneLine(ex),
							unreachable, maybeDelivered);
				}
				Thread.sleep(pause);
				pause *= 2;
			}
		}
	}

	/**
	 * Whether the server may have accepted the message although the attempt failed: the
	 * connection was open and failed without the server refusing (a dropped connection or
	 * a timeout after the message, or a failure to close after it was accepted).
	 */
	static boolean mayHaveDelivered(MailException ex) {
		if (ex instanceof MailAuthenticationException
				|| String.valueOf(ex.getMessage()).startsWith("Mail server connection failed")) {
			return false;
		}
		List<Throwable> failures = new ArrayList<>(List.of(ex));
		if (ex instanceof MailSendException send) {
			failures.addAll(List.of(send.getMessageExceptions()));
		}
		for (Throwable failure : failures) {
			for (Throwable cause = failure; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
				if (cause instanceof SendFailedException) {
					return false;
				}
			}
		}
		return true;
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
		helper.setTo(plainAddress(mail.recipient()));
		helper.setSubject(mail.subject());
		helper.setText(mail.body(), false);
		if (mail.attach()) {
			helper.addAttachment(mail.attachmentName(), new FileSystemResource(mail.report()), "application/pdf");
		}
		return message;
	}

	/**
	 * The recipient as one plain address, parsed strictly: text such as
	 * {@code x@y.z<evil@a.b>} is refused, never sent to the address inside it.
	 */
	static InternetAddress plainAddress(String recipient) throws AddressException {
		InternetAddress address = new InternetAddress(recipient, true);
		if (address.getPersonal() != null || address.isGroup() || !address.getAddress().equals(recipient)) {
			throw new AddressException("not one plain e-mail address", recipient);
		}
		return address;
	}

	/** A copy that could not be sent, with the server's last answer. */
	static final class Failure extends Exception {

		private static final long serialVersionUID = 1L;

		private final boolean unreachable;

		private final boolean maybeDelivered;

		Failure(String message, boolean unreachable, boolean maybeDelivered) {
			super(message, null, false, false);
			this.unreachable = unreachable;
			this.maybeDelivered = maybeDelivered;
		}

		/** Whether one of the attempts may have reached the recipient all the same. */
		boolean maybeDelivered() {
			return this.maybeDelivered;
		}

		/** Whether the server could not be reached at all. */
		boolean unreachable() {
			return this.unreachable;
		}

	}

}
