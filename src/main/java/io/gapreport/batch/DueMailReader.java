package io.gapreport.batch;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import io.gapreport.delivery.Mailer;
import io.gapreport.delivery.QueuedMail;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the copies due when the delivery step starts (nothing without {@code --mail}). It
 * keeps no position: the queue says what is still due, so a restarted step reads again
 * only what was not sent.
 */
class DueMailReader implements ItemStreamReader<QueuedMail> {

	private final Mailer mailer;

	private final Path output;

	private final boolean mail;

	private final boolean retryRefused;

	private Iterator<QueuedMail> due = List.<QueuedMail>of().iterator();

	DueMailReader(Mailer mailer, Path output, boolean mail, boolean retryRefused) {
		this.mailer = mailer;
		this.output = output;
		this.mail = mail;
		this.retryRefused = retryRefused;
	}

	@Override
	public void open(ExecutionContext context) {
		this.due = this.mail ? this.mailer.due(this.output, this.retryRefused).iterator()
				: List.<QueuedMail>of().iterator();
	}

	@Override
	public @Nullable QueuedMail read() {
		return this.due.hasNext() ? this.due.next() : null;
	}

}
