package io.gapreport.delivery;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.gapreport.report.PdfReport;
import io.gapreport.report.ReportMail;
import io.gapreport.run.ReportDelivery;
import io.gapreport.scoring.Scores;

/** Queues each written report for its recipients and sends what is due. */
public final class MailDelivery implements ReportDelivery {

	private final DeliveryQueue queue;

	private final SmtpSender sender;

	private final PdfReport reports;

	private final long maxAttachmentBytes;

	private final String owner;

	MailDelivery(DeliveryQueue queue, SmtpSender sender, PdfReport reports, long maxAttachmentBytes, String owner) {
		this.queue = queue;
		this.sender = sender;
		this.reports = reports;
		this.maxAttachmentBytes = maxAttachmentBytes;
		this.owner = owner;
	}

	@Override
	public void enqueue(String checksum, Scores scores, Path report, long size) {
		List<String> recipients = scores.engagement().recipients();
		if (recipients.isEmpty()) {
			return;
		}
		ReportMail mail = this.reports.mail(scores, report, size, this.maxAttachmentBytes);
		for (String recipient : recipients) {
			this.queue.enqueue(new QueuedMail(checksum, recipient, report.toAbsolutePath(), mail.subject(), mail.body(),
					mail.attach(), DeliveryQueue.PENDING));
		}
	}

	@Override
	public List<Outcome> deliver(String checksum, boolean send) {
		List<Outcome> outcomes = new ArrayList<>();
		for (QueuedMail mail : this.queue.of(checksum)) {
			if (DeliveryQueue.SENT.equals(mail.status())) {
				outcomes.add(new Outcome(mail.recipient(), Status.ALREADY_SENT, ""));
			}
			else if (!send) {
				outcomes.add(new Outcome(mail.recipient(), Status.WOULD_SEND, ""));
			}
			else {
				DeliveryQueue.Claim claim = this.queue.claim(mail, this.owner);
				outcomes
					.add((claim == DeliveryQueue.Claim.REFUSED)
							? new Outcome(mail.recipient(), Status.ALREADY_SENT,
									DeliveryQueue.SENT.equals(this.queue.statusOf(mail)) ? ""
											: "being sent by another run")
							: send(mail, claim == DeliveryQueue.Claim.MAYBE_SENT));
			}
		}
		return outcomes;
	}

	/**
	 * Sends a claimed copy and records it. A failure to record it (the database gone
	 * after the server accepted the copy) is not caught: the claim then goes stale and a
	 * later run sends the copy again, marked as possibly sent twice.
	 */
	private Outcome send(QueuedMail mail, boolean takenOver) {
		boolean maybeTwice;
		try {
			maybeTwice = this.sender.send(mail) || takenOver;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.queue.failed(mail, this.owner, "interrupted");
			return new Outcome(mail.recipient(), Status.FAILED, "interrupted");
		}
		catch (SmtpSender.Failure ex) {
			this.queue.failed(mail, this.owner, (ex.maybeDelivered() || takenOver)
					? DeliveryQueue.MAYBE_DELIVERED + ex.getMessage() : ex.getMessage());
			return new Outcome(mail.recipient(), ex.unreachable() ? Status.UNREACHABLE : Status.FAILED,
					ex.getMessage());
		}
		this.queue.sent(mail, this.owner);
		return maybeTwice
				? new Outcome(mail.recipient(), Status.SENT_MAYBE_TWICE,
						"an earlier attempt may have delivered it too (same Message-ID)")
				: new Outcome(mail.recipient(), Status.SENT, "");
	}

}
