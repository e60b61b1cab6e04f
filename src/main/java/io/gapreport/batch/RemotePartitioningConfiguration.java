package io.gapreport.batch;

import java.util.List;

import io.gapreport.system.GapReportProperties;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.support.converter.SimpleMessageConverter;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.BeanFactoryStepLocator;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * Remote partitioning over RabbitMQ ({@code spring.rabbitmq.*}): {@code run --remote}
 * sends one message per partition and polls the shared job repository until every
 * partition has finished; each {@code worker} takes one message at a time (prefetch 1),
 * runs the partition and acknowledges it only when done, so the partition of a worker
 * that dies goes back to the queue for another. Only {@link StepExecutionRequest} is
 * deserialized from the broker.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(RemotePartitioningConfiguration.RemoteOrWorker.class)
@EnableIntegration
class RemotePartitioningConfiguration {

	/** The worker property: how many partitions one worker runs at once. */
	static final String WORKER_THREADS = "gap-report.worker.threads";

	@Bean
	Queue partitionQueue(GapReportProperties properties) {
		return QueueBuilder.durable(properties.remote().queue()).build();
	}

	@Bean
	SimpleMessageConverter partitionMessageConverter() {
		var converter = new SimpleMessageConverter();
		converter.setAllowedListPatterns(List.of(StepExecutionRequest.class.getName()));
		return converter;
	}

	@Bean
	DirectChannel partitionRequests() {
		return new DirectChannel();
	}

	@Bean
	IntegrationFlow partitionRequestsToBroker(DirectChannel partitionRequests, RabbitTemplate rabbitTemplate,
			Queue partitionQueue) {
		return IntegrationFlow.from(partitionRequests)
			.handle(Amqp.outboundAdapter(rabbitTemplate).routingKey(partitionQueue.getName()))
			.get();
	}

	@Bean
	Manager remotePartitioningManager(DirectChannel partitionRequests, JobRepository jobRepository,
			GapReportProperties properties) {
		return new Manager(partitionRequests, jobRepository, properties.remote());
	}

	@Bean
	@ConditionalOnProperty(WORKER_THREADS)
	PartitionRequestHandler partitionRequestHandler(JobRepository jobRepository, BeanFactory beanFactory) {
		var locator = new BeanFactoryStepLocator();
		locator.setBeanFactory(beanFactory);
		var handler = new PartitionRequestHandler();
		handler.setJobRepository(jobRepository);
		handler.setStepLocator(locator);
		return handler;
	}

	@Bean
	@ConditionalOnProperty(WORKER_THREADS)
	IntegrationFlow partitionWorker(ConnectionFactory connectionFactory, Queue partitionQueue,
			SimpleMessageConverter partitionMessageConverter, PartitionRequestHandler partitionRequestHandler,
			@Value("${" + WORKER_THREADS + "}") int threads) {
		return IntegrationFlow
			.from(Amqp.inboundAdapter(connectionFactory, partitionQueue)
				.messageConverter(partitionMessageConverter)
				.configureContainer((container) -> container.prefetchCount(1)
					.concurrentConsumers(threads)
					.acknowledgeMode(AcknowledgeMode.AUTO)
					.defaultRequeueRejected(false)))
			.handle(partitionRequestHandler, "handle")
			.nullChannel();
	}

	/**
	 * Only {@code run --remote} and {@code worker} talk to the broker: a local run starts
	 * no Spring Integration infrastructure (a tenth of its start-up).
	 */
	static final class RemoteOrWorker extends AnyNestedCondition {

		RemoteOrWorker() {
			super(ConfigurationPhase.PARSE_CONFIGURATION);
		}

		@ConditionalOnProperty(name = "gap-report.remote.enabled", havingValue = "true")
		static final class Remote {

		}

		@ConditionalOnProperty(WORKER_THREADS)
		static final class Worker {

		}

	}

	/**
	 * The manager's side: a partition handler per run, sending to the broker and polling
	 * the job repository with a finite timeout.
	 */
	record Manager(DirectChannel requests, JobRepository repository, GapReportProperties.Remote settings) {

		PartitionHandler partitionHandler() throws Exception {
			var handler = new MessageChannelPartitionHandler();
			handler.setStepName(ReportJobConfiguration.PARTITION_STEP);
			handler.setMessagingOperations(new MessagingTemplate(this.requests));
			handler.setJobRepository(this.repository);
			handler.setPollInterval(this.settings.pollInterval().toMillis());
			handler.setTimeout(this.settings.timeout().toMillis());
			handler.afterPropertiesSet();
			return handler;
		}

	}

}
