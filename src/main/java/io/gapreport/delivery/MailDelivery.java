package io.gapreport.delivery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import io.gapreport.run.ReportDelivery;
import io.gapreport.run.ReportFile;
import io.gapreport.output.UnitsJson;
import io.gapreport.scoring.Scores;
import io.gapreport.scoring.UnitScore;

/**
 * The report step's side of e-mail: queues each recorded report for its recipients, in
 * the transaction that records it, and lists what became of each copy so far. Sending is
 * the delivery step's ({@link Mailer}).
 */
final class MailDelivery implements ReportDelivery {

	private final DeliveryQueue queue;

	private final long maxAttachmentBytes;

	MailDelivery(DeliveryQueue queue, long maxAttachmentBytes) {
		this.queue = queue;
		this.maxAttachmentBytes = maxAttachmentBytes;
	}

	/**
	 * Queues the report with the text and HTML worded when it was written; a report
	 * larger than {@code gap-report.mail.max-attachment-size} goes with the words that
	 * say where it is.
	 */
	@Override
	public void enqueue(String checksum, String workbook, Scores scores, ReportFile.Letter letter, long size) {
		List<String> recipients = scores.engagement().recipients();
		if (recipients.isEmpty()) {
			return;
		}
		boolean attach = size <= this.maxAttachmentBytes;
		for (String recipient : recipients) {
			this.queue.enqueue(new QueuedMail(checksum, recipient, workbook, scores.engagement().client(),
					scores.engagement().wave(), letter.file().toAbsolutePath(), letter.subject(),
					attach ? letter.attachedBody() : letter.tooLargeBody(), attach, DeliveryQueue.PENDING, null, null,
					null, attach ? letter.attachedHtml() : letter.tooLargeHtml()));
		}
	}

	/**
	 * Queues a unit's report for the unit's recipients, keyed by a checksum of the
	 * workbook's content and the unit's folder: once per (unit report, recipient), apart
	 * from the client's copy and other units' copies to the same address.
	 */
	@Override
	public void enqueueUnit(String checksum, String workbook, Scores client, UnitScore unit, ReportFile.Letter letter,
			long size) {
		boolean attach = size <= this.maxAttachmentBytes;
		String key = unitKey(checksum, UnitsJson.folder(unit));
		for (String recipient : unit.recipients()) {
			this.queue.enqueue(new QueuedMail(key, recipient, workbook, client.engagement().client(),
					client.engagement().wave(), letter.file().toAbsolutePath(), letter.subject(),
					attach ? letter.attachedBody() : letter.tooLargeBody(), attach, DeliveryQueue.PENDING, null,
					unit.unit(), checksum, attach ? letter.attachedHtml() : letter.tooLargeHtml()));
		}
	}

	/** The key of a unit's copies: SHA-256 of the workbook's checksum and unit folder. */
	static String unitKey(String checksum, String unitFolder) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256")
					.digest((checksum + "\n" + unitFolder).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public List<Outcome> copies(String checksum, String workbook) {
		this.queue.seenAt(checksum, workbook);
		return this.queue.of(checksum)
			.stream()
			.filter((mail) -> !DeliveryQueue.SUPERSEDED.equals(mail.status()))
			.map(MailDelivery::listed)
			.toList();
	}

	private static Outcome listed(QueuedMail mail) {
		return switch (mail.status()) {
			case DeliveryQueue.SENT -> new Outcome(mail.recipient(), Status.ALREADY_SENT, "", mail.unit());
			case DeliveryQueue.REFUSED -> new Outcome(mail.recipient(), Status.ALREADY_REFUSED,
					String.valueOf(mail.lastError()) + " (run with --retry-refused to try again)", mail.unit());
			default -> new Outcome(mail.recipient(), Status.WOULD_SEND, "", mail.unit());
		};
	}

}
