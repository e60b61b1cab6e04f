package io.gapreport.system;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * gap-report's own settings, under {@code gap-report.*}; SMTP itself is Spring Boot's
 * {@code spring.mail.*}.
 *
 * @param templates a consultant's templates folder ({@code run --templates DIR}); null
 * for the packaged templates
 * @param mail how reports are e-mailed
 * @param remote how {@code run --remote} hands partitions to workers
 */
@ConfigurationProperties("gap-report")
public record GapReportProperties(@Nullable Path templates, @DefaultValue Mail mail, @DefaultValue Remote remote) {

	/**
	 * How {@code run --remote} hands its partitions (one per client) to the workers over
	 * RabbitMQ ({@code spring.rabbitmq.*}), and how long it waits for them.
	 *
	 * @param enabled set by {@code run --remote}: this run hands its partitions to the
	 * workers
	 * @param queue the queue the partitions go through; manager and workers must agree
	 * @param timeout how long the manager waits for every partition before the run fails
	 * (the next run finishes what was left)
	 * @param pollInterval how often the manager reads the job repository for finished
	 * partitions
	 */
	public record Remote(@DefaultValue("false") boolean enabled, @DefaultValue("gap-report.partitions") String queue,
			@DefaultValue("6h") Duration timeout, @DefaultValue("1s") Duration pollInterval) {
	}

	/**
	 * How reports are e-mailed.
	 *
	 * @param from the sender address; required by {@code --mail} when the SMTP host is
	 * not this machine, else defaults to {@code spring.mail.username}, else
	 * {@code gap-report@localhost}
	 * @param maxAttachmentSize a larger report is not attached: the mail says where it is
	 * @param attempts attempts per copy in one run before it counts as failed
	 * @param backoff the pause after the first failed attempt; it doubles each time
	 * @param attachHtml whether the report's HTML twin ({@code report.html}) goes along
	 * with an attached PDF ({@code gap-report.mail.attach-html}, true unless set false)
	 */
	public record Mail(@Nullable String from, @DefaultValue("10MB") DataSize maxAttachmentSize,
			@DefaultValue("3") int attempts, @DefaultValue("2s") Duration backoff,
			@DefaultValue("true") boolean attachHtml) {
	}

}
