package io.gapreport.delivery;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.gapreport.run.Outages;
import io.gapreport.run.ReportDelivery;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends one queued copy over SMTP (Spring Boot's {@code spring.mail.*}) in one attempt,
 * and says what a failure means ({@link SendFailure.Kind}). It knows whether the whole
 * message had been handed over when an attempt failed: only then may the server have kept
 * it. The connect, read and write timeouts are the {@code mail.smtp.*timeout} properties.
 */
final class SmtpSender {

	private final JavaMailSender sender;

	private final String from;

	private final String server;

	private final @Nullable String user;

	private final boolean attachHtml;

	SmtpSender(JavaMailSender sender, String from) {
		this(sender, from, true);
	}

	/**
	 * A sender that attaches the report's HTML twin ({@code report.html} beside the PDF)
	 * with the PDF when {@code attachHtml} is true.
	 */
	SmtpSender(JavaMailSender sender, String from, boolean attachHtml) {
		this.sender = sender;
		this.from = from;
		this.attachHtml = attachHtml;
		this.server = (sender instanceof JavaMailSenderImpl impl)
				? impl.getHost() + ":" + ((impl.getPort() > 0) ? impl.getPort() : 25) : "the SMTP server";
		this.user = (sender instanceof JavaMailSenderImpl impl) ? impl.getUsername() : null;
	}

	/** The server as {@code host:port}, for messages. */
	String server() {
		return this.server;
	}

	/**
	 * Sends {@code mail} once.
	 * @throws SendFailure with the server's answer, when the attempt failed
	 */
	void send(QueuedMail mail) throws SendFailure {
		HandedOver message;
		try {
			message = message(mail);
		}
		catch (AddressException ex) {
			throw new SendFailure(SendFailure.Kind.REFUSED, "not one plain e-mail address: " + mail.recipient());
		}
		catch (MessagingException ex) {
			throw new SendFailure(SendFailure.Kind.TRANSIENT, "cannot build the message: " + Outages.oneLine(ex));
		}
		try {
			this.sender.send(message);
		}
		catch (MailAuthenticationException ex) {
			throw loginRefused(ex, this.server, this.user);
		}
		catch (MailException ex) {
			throw failure(ex, message.handedOver, this.server);
		}
	}

	/**
	 * The server refused the login: the line names the server and the user, never the
	 * password, and the settings to fix.
	 */
	static SendFailure loginRefused(MailAuthenticationException ex, String server, @Nullable String user) {
		String as = (user != null) ? " for user " + user : "";
		return new SendFailure(SendFailure.Kind.LOGIN_REFUSED, ReportDelivery.LOGIN_REFUSED + server + as + " ("
				+ Outages.oneLine(ex) + "): check spring.mail.username and spring.mail.password");
	}

	/**
	 * What a failed attempt means: an answer of the server decides (5xx to the recipient
	 * or to the message is a refusal for good, any other a failure for now); without one,
	 * a failure after the whole message was handed over may have delivered it, and one
	 * before it (no connection, no greeting in time) means the server is unreachable.
	 */
	static SendFailure failure(MailException ex, boolean handedOver, String server) {
		Reply reply = reply(ex);
		if (reply != null && reply.code() >= 500 && reply.aboutTheMessage()) {
			return new SendFailure(SendFailure.Kind.REFUSED, server + " refused it: " + Outages.oneLine(reply.text()));
		}
		if (reply != null && reply.code() >= 400) {
			return new SendFailure(SendFailure.Kind.TRANSIENT, server + ": " + Outages.oneLine(reply.text()));
		}
		if (handedOver) {
			return new SendFailure(SendFailure.Kind.MAYBE_DELIVERED,
					server + ": no answer after the message was handed over (" + Outages.oneLine(ex) + ")");
		}
		if (!(ex instanceof MailAuthenticationException) && Outages.isUnreachable(ex)) {
			return new SendFailure(SendFailure.Kind.UNREACHABLE,
					"SMTP server " + server + " unreachable: " + Outages.oneLine(ex));
		}
		return new SendFailure(SendFailure.Kind.TRANSIENT, server + ": " + Outages.oneLine(ex));
	}

	/**
	 * The server's answer that failed the attempt: the first SMTP reply among the
	 * failure's causes, or null when the connection failed without one (Jakarta Mail
	 * reports a connection closed without an answer as reply code -1).
	 */
	static @Nullable Reply reply(MailException ex) {
		List<Throwable> failures = new ArrayList<>(List.of(ex));
		if (ex instanceof MailSendException send) {
			failures.addAll(List.of(send.getMessageExceptions()));
		}
		for (Throwable failure : failures) {
			for (Throwable cause = failure; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
				if (cause instanceof SMTPAddressFailedException address && address.getReturnCode() > 0) {
					return new Reply(address.getReturnCode(), address.getCommand(), address.getMessage());
				}
				if (cause instanceof SMTPSendFailedException send && send.getReturnCode() > 0) {
					return new Reply(send.getReturnCode(), send.getCommand(), send.getMessage());
				}
			}
		}
		return null;
	}

	private HandedOver message(QueuedMail mail) throws MessagingException {
		Session session = (this.sender instanceof JavaMailSenderImpl impl) ? impl.getSession()
				: this.sender.createMimeMessage().getSession();
		var message = new HandedOver(session, mail.messageId());
		// a copy queued before HTML bodies were stored: its plain words as HTML, when
		// attached (a too-large one stays plain text, as it was then)
		String html = (mail.htmlBody() != null) ? mail.htmlBody()
				: mail.attach() ? HtmlBody.of(mail.body(), language(mail)) : null;
		var helper = new MimeMessageHelper(message, mail.attach() || html != null, "UTF-8");
		helper.setFrom(this.from);
		helper.setTo(plainAddress(mail.recipient()));
		helper.setSubject(mail.subject());
		if (html != null) {
			// the words as HTML with the plain text as its alternative
			helper.setText(mail.body(), html);
		}
		else {
			helper.setText(mail.body(), false);
		}
		if (mail.attach()) {
			// the PDF, then its twin
			helper.addAttachment(mail.attachmentName(), new FileSystemResource(mail.report()), "application/pdf");
			Path twin = mail.report().resolveSibling("report.html");
			if (this.attachHtml && Files.isRegularFile(twin)) {
				helper.addAttachment(mail.attachmentName().replaceFirst("\\.pdf$", ".html"),
						new FileSystemResource(twin), "text/html");
			}
		}
		return message;
	}

	/** The language of the report's twin, from its {@code lang}; English without it. */
	private static String language(QueuedMail mail) {
		Path twin = mail.report().resolveSibling("report.html");
		try (var lines = Files.lines(twin)) {
			return lines.limit(3)
				.map((line) -> LANG.matcher(line))
				.filter(java.util.regex.Matcher::find)
				.map((matcher) -> matcher.group(1))
				.findFirst()
				.orElse("en");
		}
		catch (IOException | java.io.UncheckedIOException ex) {
			return "en";
		}
	}

	private static final java.util.regex.Pattern LANG = java.util.regex.Pattern
		.compile("<html[^>]* lang=\"([a-z]{2})\"");

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

	/**
	 * An SMTP reply.
	 *
	 * @param code the reply code, e.g. 550
	 * @param command the command it answered, e.g. {@code RCPT TO:<anna@acme.com>} or
	 * {@code .} (the end of the message)
	 * @param text the reply as the server worded it
	 */
	record Reply(int code, @Nullable String command, String text) {

		/** Whether it answers the recipient or the message, not the session or sender. */
		boolean aboutTheMessage() {
			String upper = (this.command != null) ? this.command.toUpperCase(Locale.ROOT) : "";
			return upper.startsWith("RCPT") || upper.equals(".") || upper.startsWith("DATA")
					|| upper.startsWith("BDAT");
		}

	}

	/**
	 * A message with a stable Message-ID that knows whether it was written out whole to
	 * the server (Jakarta Mail writes the message during DATA and sends the final dot
	 * right after).
	 */
	private static final class HandedOver extends MimeMessage {

		private final String messageId;

		private volatile boolean handedOver;

		HandedOver(Session session, String messageId) {
			super(session);
			this.messageId = messageId;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", this.messageId);
		}

		@Override
		public void writeTo(OutputStream out, String[] ignoreList) throws IOException, MessagingException {
			super.writeTo(out, ignoreList);
			this.handedOver = true;
		}

	}

}
