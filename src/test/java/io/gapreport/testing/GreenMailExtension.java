package io.gapreport.testing;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real SMTP server (GreenMail) on a free loopback port for each test (register it with
 * {@code @RegisterExtension}): started before the test, stopped after it, whatever the
 * test did. A test can stop it and start it again on the same port (a mail server that is
 * down for a while), and hold one message in the middle of its delivery
 * ({@link #hold(int)}), for a test that kills the sender there.
 */
public final class GreenMailExtension implements BeforeEachCallback, AfterEachCallback {

	private int port;

	private @Nullable GreenMail server;

	private @Nullable Hold hold;

	@Override
	public void beforeEach(ExtensionContext context) {
		this.port = TestServices.freePort();
		start();
	}

	@Override
	public void afterEach(ExtensionContext context) {
		stop();
	}

	/**
	 * Stops the server: nothing listens on its port until {@link #start()} (a mail server
	 * that is down).
	 */
	public void stop() {
		if (this.hold != null) {
			this.hold.release();
			this.hold = null;
		}
		if (this.server != null) {
			this.server.stop();
			this.server = null;
		}
	}

	/** Starts the server on its port again, a new one that has received nothing. */
	public void start() {
		if (this.server != null) {
			throw new IllegalStateException("the SMTP server is running");
		}
		this.server = new GreenMail(new ServerSetup(this.port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		this.server.start();
	}

	/** The running server. */
	public GreenMail server() {
		if (this.server == null) {
			throw new IllegalStateException("the SMTP server is not running");
		}
		return this.server;
	}

	/** The port the server listens on (or will, once started again), at 127.0.0.1. */
	public int port() {
		return this.port;
	}

	/** The command-line properties that point gap-report at this server. */
	public List<String> properties() {
		return List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + port());
	}

	/** Every message kept so far, one per recipient. */
	public MimeMessage[] received() {
		return server().getReceivedMessages();
	}

	/**
	 * Holds the {@code nth} delivery from now on (one per message and recipient, counted
	 * from 1) after the message's final dot and before the server answers it, until
	 * {@link Hold#release()}; the held message is then not kept (as a server does whose
	 * client went away before it could say the message was accepted). The deliveries
	 * after it wait too, as GreenMail delivers one message at a time.
	 */
	public Hold hold(int nth) {
		Hold held = new Hold(nth);
		var users = server().getUserManager();
		MessageDeliveryHandler keep = users.getMessageDeliveryHandler();
		users.setMessageDeliveryHandler((message, address) -> {
			if (held.arrived()) {
				held.awaitRelease();
				throw new UserException("not kept: held until the sender was gone");
			}
			return keep.handle(message, address);
		});
		this.hold = held;
		return held;
	}

	/** The held delivery of {@link #hold(int)}. */
	public static final class Hold {

		private final int nth;

		private final AtomicInteger deliveries = new AtomicInteger();

		private final CountDownLatch holding = new CountDownLatch(1);

		private final CountDownLatch released = new CountDownLatch(1);

		private Hold(int nth) {
			this.nth = nth;
		}

		/** Whether the held message has arrived and waits. */
		public boolean holding() {
			return this.holding.getCount() == 0 && this.released.getCount() == 1;
		}

		/** Lets the held delivery end, without keeping its message. */
		public void release() {
			this.released.countDown();
		}

		private boolean arrived() {
			if (this.deliveries.incrementAndGet() != this.nth) {
				return false;
			}
			this.holding.countDown();
			return true;
		}

		private void awaitRelease() {
			try {
				if (!this.released.await(10, TimeUnit.MINUTES)) {
					throw new IllegalStateException("the held message was never released");
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

	/** The subject of a received message. */
	public static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The (first) recipient of a received message. */
	public static String recipient(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The file name of a received message's first attachment. */
	public static String attachmentName(MimeMessage message) {
		try {
			Multipart multipart = (Multipart) message.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				Part part = multipart.getBodyPart(i);
				if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
					return part.getFileName();
				}
			}
		}
		catch (MessagingException | java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		throw new AssertionError("no attachment");
	}

}
