package io.gapreport.delivery;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.gapreport.run.Owners;
import io.gapreport.run.ReportDelivery;
import io.gapreport.testing.GreenMailExtension;
import io.gapreport.testing.TestDatabases;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The mail findings of the operator's worst night: a refused copy is an error, not a
 * silent drop; a dead process's claim is taken over at once and the copy marked as
 * possibly sent twice; only plain addresses are sent to; a server that never answers
 * times out; attachments are named by client and wave.
 */
class DeliveryAttackTests {

	static final List<String> databases = TestDatabases.KINDS;

	@RegisterExtension
	final GreenMailExtension smtp = new GreenMailExtension();

	@TempDir
	Path folder;

	@ParameterizedTest
	@FieldSource("databases")
	void aCopyTheDatabaseRefusesIsAnErrorNotASilentDuplicate(String kind) {
		try (TestDatabases.Database database = TestDatabases.open(kind)) {
			var queue = queue(database);
			queue.enqueue(mail("anna@acme.com"));
			queue.enqueue(mail("anna@acme.com"));
			assertThat(queue.of("c0ffee")).hasSize(1);
			assertThatThrownBy(() -> queue.enqueue(mail("a".repeat(320) + "@acme.com")))
				.isInstanceOf(DataIntegrityViolationException.class);
		}
	}

	@ParameterizedTest
	@FieldSource("databases")
	void anEditedWorkbooksNewReportReplacesTheUnsentCopiesOfTheOldOne(String kind) {
		try (TestDatabases.Database database = TestDatabases.open(kind)) {
			var queue = queue(database);
			QueuedMail old = mail("anna@acme.com");
			queue.enqueue(old);
			QueuedMail edited = new QueuedMail("beef", old.recipient(), old.workbook(), old.client(), old.wave(),
					old.report(), old.subject(), "The new figures.", true, DeliveryQueue.PENDING, null);
			queue.enqueue(edited);
			assertThat(queue.due(this.folder.resolve("output"), true)).extracting(QueuedMail::checksum)
				.containsExactly("beef");
			assertThat(queue.statusOf(old)).isEqualTo(DeliveryQueue.SUPERSEDED);
			assertThat(queue.due(this.folder.resolve("elsewhere"), true)).as("another output folder's").isEmpty();
			queue.enqueue(old);
			assertThat(queue.due(this.folder.resolve("output"), true)).extracting(QueuedMail::checksum)
				.as("the edit undone: the first content's copy is due again, the second's replaced")
				.containsExactly("c0ffee");
		}
	}

	@ParameterizedTest
	@FieldSource("databases")
	void aClaimOfADeadProcessIsTakenOverAtOnceAndALiveOneIsNot(String kind) throws Exception {
		try (TestDatabases.Database database = TestDatabases.open(kind)) {
			var queue = queue(database);
			QueuedMail mail = mail("anna@acme.com");
			queue.enqueue(mail);
			String self = Owners.current();
			String host = self.substring(self.indexOf('@'));
			Process ended = new ProcessBuilder("true").start();
			ended.waitFor();
			assertThat(queue.claim(mail, ended.pid() + host, false)).isEqualTo(DeliveryQueue.Claim.CLAIMED);
			assertThat(queue.claim(mail, self, false)).isEqualTo(DeliveryQueue.Claim.MAYBE_SENT);
			assertThat(queue.claim(mail, "4242@another-host", false)).isEqualTo(DeliveryQueue.Claim.REFUSED);
		}
	}

	@Test
	void aCopyTakenOverFromADeadProcessIsSentOnceMarkedMaybeTwiceAndNamedByClientAndWave() throws Exception {
		int port = this.smtp.port();
		try (TestDatabases.Database database = TestDatabases.open("h2")) {
			var queue = queue(database);
			QueuedMail mail = mail("anna@acme.com");
			queue.enqueue(mail);
			Process ended = new ProcessBuilder("true").start();
			ended.waitFor();
			String self = Owners.current();
			queue.claim(mail, ended.pid() + self.substring(self.indexOf('@')), false);
			var mailer = new Mailer(queue, sender(port), self);

			List<QueuedMail> due = mailer.due(this.folder.resolve("output"), false);
			assertThat(due).hasSize(1);
			ReportDelivery.Outcome outcome = mailer.round(false).send(due.get(0)).outcome();
			assertThat(outcome.status()).isEqualTo(ReportDelivery.Status.SENT_MAYBE_TWICE);
			assertThat(outcome.status().key()).isEqualTo("sent_maybe_twice");
			assertThat(this.smtp.received()).hasSize(1);
			var parts = (Multipart) this.smtp.received()[0].getContent();
			assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("cafe-2026-q3.pdf");
			assertThat(mailer.due(this.folder.resolve("output"), false)).isEmpty();
			assertThat(mailer.round(false).send(due.get(0)).outcome().status())
				.isEqualTo(ReportDelivery.Status.ALREADY_SENT);
		}
	}

	@ParameterizedTest
	@FieldSource("databases")
	void aCopyWhoseFailedAttemptMayHaveBeenDeliveredIsMarkedWhenSentAgain(String kind) {
		try (TestDatabases.Database database = TestDatabases.open(kind)) {
			var queue = queue(database);
			QueuedMail mail = mail("anna@acme.com");
			queue.enqueue(mail);
			assertThat(queue.claim(mail, "1@this-host", false)).isEqualTo(DeliveryQueue.Claim.CLAIMED);
			queue.failed(mail, "1@this-host", DeliveryQueue.FAILED,
					DeliveryQueue.MAYBE_DELIVERED + "smtp:25: Exception reading response");
			assertThat(queue.claim(mail, "2@this-host", false)).isEqualTo(DeliveryQueue.Claim.MAYBE_SENT);
			queue.failed(mail, "2@this-host", DeliveryQueue.FAILED, "smtp:25: 451 try again later");
			assertThat(queue.claim(mail, "3@this-host", false)).isEqualTo(DeliveryQueue.Claim.CLAIMED);
		}
	}

	@Test
	void onlyOnePlainAddressIsEverSentTo() throws Exception {
		assertThat(SmtpSender.plainAddress("anna@acme.com").getAddress()).isEqualTo("anna@acme.com");
		for (String text : List.of("x@y.z<evil@a.b>", "Anna <anna@acme.com>", "a@", "a@b.c, evil@a.b",
				"anna@acme.com (boss)")) {
			assertThatThrownBy(() -> SmtpSender.plainAddress(text)).as(text).isInstanceOf(AddressException.class);
		}
	}

	@Test
	void aServerThatNeverAnswersTimesOutAndIsNamedUnreachable() throws Exception {
		try (ServerSocket silent = new ServerSocket(0); TestDatabases.Database database = TestDatabases.open("h2")) {
			Thread accepting = Thread.ofVirtual().start(() -> {
				try (Socket connection = silent.accept()) {
					connection.getInputStream().read();
				}
				catch (IOException ex) {
					// the test is over
				}
			});
			JavaMailSenderImpl mailSender = new JavaMailSenderImpl();
			mailSender.setHost("127.0.0.1");
			mailSender.setPort(silent.getLocalPort());
			Properties timeouts = new Properties();
			timeouts.put("mail.smtp.connectiontimeout", "500");
			timeouts.put("mail.smtp.timeout", "500");
			mailSender.setJavaMailProperties(timeouts);
			var queue = queue(database);
			queue.enqueue(mail("anna@acme.com"));
			var mailer = new Mailer(queue, new SmtpSender(mailSender, "reports@acme.com"), Owners.current());
			Mailer.Round round = mailer.round(false);
			QueuedMail mail = mailer.due(this.folder.resolve("output"), false).get(0);
			assertThatThrownBy(() -> round.send(mail)).isInstanceOfSatisfying(SendFailure.class, (failure) -> {
				assertThat(failure.kind()).isEqualTo(SendFailure.Kind.UNREACHABLE);
				assertThat(failure.retried()).isFalse();
				assertThat(round.failed(mail, failure).outcome().message())
					.startsWith("SMTP server 127.0.0.1:" + silent.getLocalPort() + " unreachable");
			});
			assertThat(mailer.due(this.folder.resolve("output"), false)).as("due for the next run").hasSize(1);
			accepting.interrupt();
		}
	}

	@Test
	void smtpTimeoutsAreSetByDefault() throws IOException {
		Properties defaults = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
		for (String protocol : List.of("smtp", "smtps")) {
			for (String timeout : List.of("connectiontimeout", "timeout", "writetimeout")) {
				assertThat(defaults.getProperty("spring.mail.properties.mail." + protocol + "." + timeout))
					.as(protocol + " " + timeout)
					.matches("\\d+");
			}
		}
	}

	@Test
	void anAttemptMayHaveDeliveredOnlyWhenItFailedWithoutAnAnswerAfterTheWholeMessage() throws Exception {
		var refusedConnection = new MailSendException("Mail server connection failed",
				new MessagingException("Couldn't connect", new ConnectException("refused")));
		assertThat(SmtpSender.failure(refusedConnection, false, "smtp:25").kind())
			.isEqualTo(SendFailure.Kind.UNREACHABLE);
		var readReset = new MailSendException(
				Map.of(new Object(), new MessagingException("Exception reading response", new IOException("reset"))));
		assertThat(SmtpSender.failure(readReset, true, "smtp:25").kind()).isEqualTo(SendFailure.Kind.MAYBE_DELIVERED);
		assertThat(SmtpSender.failure(readReset, false, "smtp:25").kind()).isEqualTo(SendFailure.Kind.TRANSIENT);
		// Jakarta Mail reports a connection closed after the final dot as a "send
		// failure" with reply code -1: no answer, so maybe delivered
		var eofAfterDot = new MailSendException(
				Map.of(new Object(), new SMTPSendFailedException(".", -1, "[EOF]", null, null, null, null)));
		assertThat(SmtpSender.failure(eofAfterDot, true, "smtp:25").kind()).isEqualTo(SendFailure.Kind.MAYBE_DELIVERED);
		var rejectedAfterDot = new MailSendException(Map.of(new Object(),
				new SMTPSendFailedException(".", 554, "554 5.7.1 message rejected", null, null, null, null)));
		assertThat(SmtpSender.failure(rejectedAfterDot, true, "smtp:25").kind()).isEqualTo(SendFailure.Kind.REFUSED);
		var greylisted = new MailSendException(Map.of(new Object(),
				new SendFailedException("Invalid Addresses",
						new SMTPAddressFailedException(new InternetAddress("anna@acme.com", false),
								"RCPT TO:<anna@acme.com>", 451, "451 try later"))));
		assertThat(SmtpSender.failure(greylisted, false, "smtp:25").kind()).isEqualTo(SendFailure.Kind.TRANSIENT);
		var unknownMailbox = new MailSendException(Map.of(new Object(),
				new SendFailedException("Invalid Addresses",
						new SMTPAddressFailedException(new InternetAddress("anna@acme.com", false),
								"RCPT TO:<anna@acme.com>", 550, "550 no such user"))));
		SendFailure refused = SmtpSender.failure(unknownMailbox, false, "smtp:25");
		assertThat(refused.kind()).isEqualTo(SendFailure.Kind.REFUSED);
		assertThat(refused.getMessage()).isEqualTo("smtp:25 refused it: 550 no such user");
		var senderRefused = new MailSendException(Map.of(new Object(), new SMTPSendFailedException("MAIL FROM:<x@y.z>",
				553, "553 sender not allowed", null, null, null, null)));
		assertThat(SmtpSender.failure(senderRefused, false, "smtp:25").kind())
			.as("a refused sender is a setting to fix, not a refusal of this recipient")
			.isEqualTo(SendFailure.Kind.TRANSIENT);
	}

	private QueuedMail mail(String recipient) {
		Path report = this.folder.resolve("output/cafe/2026-q3/report.pdf");
		try {
			Files.createDirectories(report.getParent());
			Files.write(report, "%PDF-1.7 a report".getBytes());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return new QueuedMail("c0ffee", recipient, "cafe.xlsx", "Café", "2026-Q3", report,
				"Service gap analysis: Café, 2026-Q3", "The figures.", true, DeliveryQueue.PENDING, null);
	}

	private static DeliveryQueue queue(TestDatabases.Database database) {
		return new DeliveryQueue(database.jdbc(), database.transactions(), Clock.systemUTC());
	}

	private static SmtpSender sender(int port) {
		JavaMailSenderImpl mailSender = new JavaMailSenderImpl();
		mailSender.setHost("127.0.0.1");
		mailSender.setPort(port);
		return new SmtpSender(mailSender, "reports@acme.com");
	}

}
