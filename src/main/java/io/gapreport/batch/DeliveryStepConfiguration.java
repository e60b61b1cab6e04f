package io.gapreport.batch;

import java.nio.file.Path;
import java.time.Duration;

import io.gapreport.delivery.Mailer;
import io.gapreport.delivery.QueuedMail;
import io.gapreport.delivery.SendFailure;
import io.gapreport.run.DeliveredCopy;
import io.gapreport.system.GapReportProperties;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.retry.RetryPolicy;

/**
 * The delivery step, after every report is recorded and on the run's manager only: each
 * copy due in the queue (of this run's reports and of earlier ones), sent one at a time
 * with Spring Batch retry (a failure for now: {@code gap-report.mail.attempts} with a
 * doubling {@code gap-report.mail.backoff}) and skip (a copy that still fails is recorded
 * and the next one goes on). No database transaction is held while the mail server is
 * talked to: each claim and record commits on its own; the step's chunks only keep the
 * copies' outcomes in its execution context. Without {@code --mail} it reads nothing.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryStepConfiguration {

	static final String STEP_NAME = "deliverReports";

	@Bean
	Step deliverReports(JobRepository jobRepository, DueMailReader dueMailReader, MailItemProcessor mailProcessor,
			DeliveredCopyWriter deliveredCopyWriter, GapReportProperties properties) {
		GapReportProperties.Mail mail = properties.mail();
		RetryPolicy retry = RetryPolicy.builder()
			.maxRetries(Math.max(0, mail.attempts() - 1))
			.delay(mail.backoff().isPositive() ? mail.backoff() : Duration.ofMillis(1))
			.multiplier(2)
			.predicate((failure) -> failure instanceof SendFailure send && send.retried())
			.build();
		return new StepBuilder(STEP_NAME, jobRepository).<QueuedMail, DeliveredCopy>chunk(1)
			.transactionManager(new ResourcelessTransactionManager())
			.reader(dueMailReader)
			.processor(mailProcessor)
			.writer(deliveredCopyWriter)
			.faultTolerant()
			.retryPolicy(retry)
			.skipPolicy((failure, count) -> failure instanceof SendFailure)
			.skipListener(deliveredCopyWriter)
			.build();
	}

	@Bean
	@StepScope
	DueMailReader dueMailReader(@Value("#{stepExecution}") StepExecution step, Mailer mailer) {
		JobParameters run = step.getJobExecution().getJobParameters();
		return new DueMailReader(mailer, Path.of(run.getString("output")),
				Boolean.parseBoolean(run.getString("mail", "false")),
				Boolean.parseBoolean(run.getString(RETRY_REFUSED, "false")));
	}

	@Bean
	@StepScope
	MailItemProcessor mailProcessor(@Value("#{stepExecution}") StepExecution step, Mailer mailer) {
		JobParameters run = step.getJobExecution().getJobParameters();
		return new MailItemProcessor(mailer.round(Boolean.parseBoolean(run.getString(RETRY_REFUSED, "false"))));
	}

	@Bean
	@StepScope
	DeliveredCopyWriter deliveredCopyWriter(MailItemProcessor mailProcessor) {
		return new DeliveredCopyWriter(mailProcessor);
	}

	/** Job parameter, not identifying: try copies refused in earlier runs again. */
	static final String RETRY_REFUSED = "retry-refused";

}
