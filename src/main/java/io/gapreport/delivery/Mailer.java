package io.gapreport.delivery;

import java.nio.file.Path;
import java.util.List;

import io.gapreport.run.DeliveredCopy;
import io.gapreport.run.Outages;
import io.gapreport.run.ReportDelivery;
import org.jspecify.annotations.Nullable;

/**
 * The delivery step's side of e-mail: which copies are due, and a round of sending them
 * one at a time, each claimed before it goes out and recorded when it has gone, so that
 * no copy goes twice except in the documented cases.
 */
public final class Mailer {

	private final DeliveryQueue queue;

	private final SmtpSender sender;

	private final String owner;

	Mailer(DeliveryQueue queue, SmtpSender sender, String owner) {
		this.queue = queue;
		this.sender = sender;
		this.owner = owner;
	}

	/**
	 * Every copy still to send whose report lies in {@code output}, whatever run queued
	 * it; refused ones too when {@code retryRefused}.
	 */
	public List<QueuedMail> due(Path output, boolean retryRefused) {
		return this.queue.due(output, retryRefused);
	}

	/** A round of sending, for one run's delivery step. */
	public Round round(boolean retryRefused) {
		return new Round(retryRefused);
	}

	/**
	 * One run's sending: once the mail server is found unreachable or silent, or refuses
	 * the login, every later copy fails at once in the same way (it stays due for the
	 * next run).
	 */
	public final class Round {

		private final boolean retryRefused;

		private @Nullable SendFailure down;

		private Round(boolean retryRefused) {
			this.retryRefused = retryRefused;
		}

		/**
		 * Claims, sends and records one copy.
		 * @return what became of it
		 * @throws SendFailure when this attempt failed (recorded: the copy stays due, or
		 * is refused for good)
		 */
		public DeliveredCopy send(QueuedMail mail) throws SendFailure {
			if (this.down != null) {
				throw this.down.last();
			}
			DeliveryQueue.Claim claim = Mailer.this.queue.claim(mail, Mailer.this.owner, this.retryRefused);
			if (claim == DeliveryQueue.Claim.REFUSED) {
				boolean sent = DeliveryQueue.SENT.equals(Mailer.this.queue.statusOf(mail));
				return copy(mail, ReportDelivery.Status.ALREADY_SENT, sent ? "" : "being sent by another run");
			}
			boolean maybeSent = claim == DeliveryQueue.Claim.MAYBE_SENT;
			try {
				Mailer.this.sender.send(mail);
			}
			catch (SendFailure failure) {
				throw recorded(mail, failure, maybeSent);
			}
			catch (RuntimeException ex) {
				Mailer.this.queue.failed(mail, Mailer.this.owner, DeliveryQueue.FAILED,
						(maybeSent ? DeliveryQueue.MAYBE_DELIVERED : "") + Outages.oneLine(ex));
				throw ex;
			}
			Mailer.this.queue.sent(mail, Mailer.this.owner);
			return maybeSent
					? copy(mail, ReportDelivery.Status.SENT_MAYBE_TWICE,
							"an earlier attempt may have delivered it too (same Message-ID)")
					: copy(mail, ReportDelivery.Status.SENT, "");
		}

		private SendFailure recorded(QueuedMail mail, SendFailure failure, boolean maybeSent) {
			boolean refused = failure.kind() == SendFailure.Kind.REFUSED;
			boolean maybe = !refused && (maybeSent || failure.kind() == SendFailure.Kind.MAYBE_DELIVERED);
			Mailer.this.queue.failed(mail, Mailer.this.owner, refused ? DeliveryQueue.REFUSED : DeliveryQueue.FAILED,
					(maybe ? DeliveryQueue.MAYBE_DELIVERED : "") + failure.getMessage());
			if (failure.kind() == SendFailure.Kind.UNREACHABLE || failure.kind() == SendFailure.Kind.LOGIN_REFUSED) {
				this.down = failure;
			}
			// a copy is sent at most once more after an attempt that may have delivered
			// it
			return (maybeSent && failure.kind() == SendFailure.Kind.MAYBE_DELIVERED) ? failure.last() : failure;
		}

		/** What became of a copy whose last attempt in this run failed. */
		public DeliveredCopy failed(QueuedMail mail, SendFailure failure) {
			return switch (failure.kind()) {
				case REFUSED -> copy(mail, ReportDelivery.Status.REFUSED, failure.getMessage());
				case UNREACHABLE -> copy(mail, ReportDelivery.Status.UNREACHABLE, failure.getMessage());
				case MAYBE_DELIVERED ->
					copy(mail, ReportDelivery.Status.FAILED, DeliveryQueue.MAYBE_DELIVERED + failure.getMessage());
				case TRANSIENT, LOGIN_REFUSED -> copy(mail, ReportDelivery.Status.FAILED, failure.getMessage());
			};
		}

	}

	private static DeliveredCopy copy(QueuedMail mail, ReportDelivery.Status status, String message) {
		String workbook = (mail.workbook() != null) ? mail.workbook() : mail.report().toString();
		return new DeliveredCopy(workbook, mail.client(), mail.wave(),
				new ReportDelivery.Outcome(mail.recipient(), status, message, mail.unit()));
	}

}
