package io.gapreport.delivery;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small SMTP server on loopback that misbehaves on purpose, one way per connection: it
 * drops the connection right after the message's final dot, refuses every recipient for
 * good, or accepts the connection and never says a word. Each connection takes the next
 * scripted way; when the script is used up, {@link Way#ACCEPT}.
 */
final class FakeSmtp implements AutoCloseable {

	/** How one connection goes. */
	enum Way {

		/** A well-behaved server: the message is accepted (250 after the final dot). */
		ACCEPT,
		/** The whole message is read, then the connection is closed without an answer. */
		DROP_AFTER_DOT,
		/** Every recipient is answered 550 (mailbox unavailable). */
		REFUSE_RECIPIENT,
		/** Every recipient is answered 451 (greylisted: try again later). */
		GREYLIST,
		/** The connection is accepted and nothing is ever said. */
		SILENT

	}

	private final ServerSocket server;

	private final ConcurrentLinkedQueue<Way> script;

	private final List<Socket> connections = Collections.synchronizedList(new ArrayList<>());

	private final AtomicInteger messages = new AtomicInteger();

	private final AtomicInteger accepted = new AtomicInteger();

	private final AtomicInteger recipients = new AtomicInteger();

	FakeSmtp(Way... script) throws IOException {
		this(0, script);
	}

	/** A server on {@code port} (0: any free one). */
	FakeSmtp(int port, Way... script) throws IOException {
		this.server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
		this.script = new ConcurrentLinkedQueue<>(List.of(script));
		Thread.ofVirtual().start(this::serve);
	}

	int port() {
		return this.server.getLocalPort();
	}

	/** How many whole messages (up to the final dot) the server has read. */
	int messages() {
		return this.messages.get();
	}

	/** How many of them it answered 250. */
	int accepted() {
		return this.accepted.get();
	}

	/** How many RCPT commands it has seen. */
	int recipients() {
		return this.recipients.get();
	}

	private void serve() {
		while (!this.server.isClosed()) {
			try {
				Socket connection = this.server.accept();
				this.connections.add(connection);
				Way way = this.script.poll();
				Thread.ofVirtual().start(() -> talk(connection, (way != null) ? way : Way.ACCEPT));
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void talk(Socket connection, Way way) {
		if (way == Way.SILENT) {
			return;
		}
		try (connection) {
			var in = new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.US_ASCII));
			OutputStream out = connection.getOutputStream();
			say(out, "220 fake ESMTP");
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				String command = line.toUpperCase(java.util.Locale.ROOT);
				if (command.startsWith("EHLO") || command.startsWith("HELO")) {
					say(out, "250 fake");
				}
				else if (command.startsWith("RCPT")) {
					this.recipients.incrementAndGet();
					say(out, switch (way) {
						case REFUSE_RECIPIENT -> "550 5.1.1 <" + line.replaceAll(".*<|>.*", "")
								+ ">: Recipient address rejected: User unknown";
						case GREYLIST -> "451 4.7.1 greylisted, try again later";
						default -> "250 ok";
					});
				}
				else if (command.startsWith("DATA")) {
					say(out, "354 go ahead");
					for (String data = in.readLine(); data != null && !data.equals("."); data = in.readLine()) {
						// the message
					}
					this.messages.incrementAndGet();
					if (way == Way.DROP_AFTER_DOT) {
						return;
					}
					this.accepted.incrementAndGet();
					say(out, "250 queued");
				}
				else if (command.startsWith("QUIT")) {
					say(out, "221 bye");
					return;
				}
				else {
					say(out, command.startsWith("RSET") || command.startsWith("MAIL") || command.startsWith("NOOP")
							? "250 ok" : "502 not implemented");
				}
			}
		}
		catch (IOException ex) {
			// the client went away
		}
	}

	private static void say(OutputStream out, String reply) throws IOException {
		out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	@Override
	public void close() throws IOException {
		this.server.close();
		synchronized (this.connections) {
			for (Socket connection : this.connections) {
				connection.close();
			}
		}
	}

}
