package io.gapreport.batch;

import io.gapreport.delivery.Mailer;
import io.gapreport.delivery.QueuedMail;
import io.gapreport.delivery.SendFailure;
import io.gapreport.run.DeliveredCopy;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Sends one due copy ({@link Mailer.Round#send}); a failed attempt throws, for Spring
 * Batch to retry or skip.
 */
class MailItemProcessor implements ItemProcessor<QueuedMail, DeliveredCopy> {

	private final Mailer.Round round;

	MailItemProcessor(Mailer.Round round) {
		this.round = round;
	}

	@Override
	public DeliveredCopy process(QueuedMail mail) throws SendFailure {
		return this.round.send(mail);
	}

	/** What became of a copy whose last attempt failed. */
	DeliveredCopy failed(QueuedMail mail, SendFailure failure) {
		return this.round.failed(mail, failure);
	}

}
