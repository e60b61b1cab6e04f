package io.gapreport.batch;

import java.util.ArrayList;
import java.util.List;

import io.gapreport.delivery.QueuedMail;
import io.gapreport.delivery.SendFailure;
import io.gapreport.run.DeliveredCopy;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Keeps what became of each copy, sent or skipped after its last failed attempt, in the
 * delivery step's execution context, so that the run summary reads it from the job
 * repository (a restarted step adds to what the failed one kept).
 */
class DeliveredCopyWriter implements ItemStreamWriter<DeliveredCopy>, SkipListener<QueuedMail, DeliveredCopy> {

	/** The step's copies so far, as JSON ({@link DeliveredCopy#write}). */
	static final String COPIES = "copies";

	private static final System.Logger LOGGER = System.getLogger(DeliveredCopyWriter.class.getName());

	private final MailItemProcessor processor;

	private final List<DeliveredCopy> copies = new ArrayList<>();

	DeliveredCopyWriter(MailItemProcessor processor) {
		this.processor = processor;
	}

	@Override
	public void open(ExecutionContext context) {
		this.copies.clear();
		this.copies.addAll(copies(context));
	}

	@Override
	public void write(Chunk<? extends DeliveredCopy> chunk) {
		chunk.forEach(this.copies::add);
	}

	@Override
	public void onSkipInProcess(QueuedMail mail, Throwable failure) {
		if (failure instanceof SendFailure send) {
			DeliveredCopy copy = this.processor.failed(mail, send);
			LOGGER.log(System.Logger.Level.WARNING, "e-mail to {0} ({1}): {2}", mail.recipient(), copy.workbook(),
					send.getMessage());
			this.copies.add(copy);
		}
	}

	@Override
	public void update(ExecutionContext context) {
		context.putString(COPIES, DeliveredCopy.write(this.copies));
	}

	/** The copies kept in a delivery step's context. */
	static List<DeliveredCopy> copies(ExecutionContext context) {
		return context.containsKey(COPIES) ? DeliveredCopy.read(context.getString(COPIES)) : List.of();
	}

}
