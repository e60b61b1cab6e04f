package io.gapreport.testing;

import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;

import com.rabbitmq.client.ConnectionFactory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where nothing answers on the port, the tests get an embedded PostgreSQL and an embedded
 * AMQP broker instead of skipping: forced here with ports nothing listens on, so that a
 * machine that has both services still proves the embedded path works.
 */
class EmbeddedServicesTests {

	@Test
	void anEmbeddedPostgresqlServesWhenNothingAnswersOnThePort() throws Exception {
		int unused = TestServices.freePort();
		TestServices.Postgres postgres = TestServices.postgres(unused);
		assertThat(postgres.url()).doesNotContain(":" + unused + "/");
		try (var connection = DriverManager.getConnection(postgres.url(), postgres.user(), "");
				var result = connection.createStatement().executeQuery("SELECT current_database()")) {
			assertThat(result.next()).isTrue();
			assertThat(result.getString(1)).isEqualTo("test");
		}
	}

	@Test
	void anEmbeddedBrokerServesWhenNothingAnswersOnThePort() throws Exception {
		int unused = TestServices.freePort();
		int port = TestServices.rabbitmq(unused);
		assertThat(port).isNotEqualTo(unused);
		var factory = new ConnectionFactory();
		factory.setHost("127.0.0.1");
		factory.setPort(port);
		try (var connection = factory.newConnection(); var channel = connection.createChannel()) {
			String queue = channel.queueDeclare().getQueue();
			channel.basicPublish("", queue, null, "partition".getBytes(StandardCharsets.UTF_8));
			var delivery = channel.basicGet(queue, false);
			channel.basicNack(delivery.getEnvelope().getDeliveryTag(), false, true);
			// a message not acknowledged goes back to the queue, as for a worker that
			// dies
			var again = channel.basicGet(queue, true);
			assertThat(again.getEnvelope().isRedeliver()).isTrue();
			assertThat(new String(again.getBody(), StandardCharsets.UTF_8)).isEqualTo("partition");
			channel.queueDelete(queue);
		}
	}

}
