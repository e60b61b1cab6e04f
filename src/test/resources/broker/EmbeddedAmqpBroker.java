import java.util.Map;

import org.apache.qpid.server.SystemLauncher;

/**
 * An AMQP 0-9-1 broker (Apache Qpid Broker-J, in memory) for the tests when no RabbitMQ
 * answers: {@code java -cp <test classpath> EmbeddedAmqpBroker.java PORT WORK_DIR CONFIG}.
 * A source file run by the java launcher, not a compiled test class, because Broker-J
 * needs a JDK before 23 (it calls Subject.getSubject) while the tests may run on a newer
 * one. Runs until killed.
 */
public class EmbeddedAmqpBroker {

	public static void main(String[] args) throws Exception {
		new SystemLauncher().startup(Map.of("type", "Memory", "initialConfigurationLocation", args[2],
				"startupLoggedToSystemOut", false, "context",
				Map.of("qpid.amqp_port", args[0], "qpid.work_dir", args[1], "qpid.home_dir", args[1])));
		System.out.println("broker started on port " + args[0]);
		Thread.currentThread().join();
	}

}
