package io.gapreport.delivery;

import java.nio.file.Path;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * One recipient's copy of one report, as queued.
 *
 * @param checksum the workbook content's checksum
 * @param recipient the e-mail address
 * @param workbook the workbook it comes from, relative to the input folder (where it was
 * when last reported or seen)
 * @param client the client
 * @param wave the wave
 * @param report the PDF report
 * @param subject the subject
 * @param body the plain-text body
 * @param attach whether the PDF goes along
 * @param status PENDING, SENDING, SENT, FAILED, REFUSED or SUPERSEDED
 * @param lastError the last failure, or null
 * @param unit the unit whose report this is, or null for the client's report
 * @param source the checksum of the workbook content a unit's report comes from
 * ({@code checksum} is then that of the content and the unit); null for the client's
 * report
 * @param htmlBody the HTML body worded with the report (page 1 as simple HTML); null for
 * a copy queued before the HTML body was stored, which goes with its plain words as HTML
 */
public record QueuedMail(String checksum, String recipient, @Nullable String workbook, @Nullable String client,
		@Nullable String wave, Path report, String subject, String body, boolean attach, String status,
		@Nullable String lastError, @Nullable String unit, @Nullable String source, @Nullable String htmlBody) {

	/** A copy of a client's report without an HTML body of its own. */
	public QueuedMail(String checksum, String recipient, @Nullable String workbook, @Nullable String client,
			@Nullable String wave, Path report, String subject, String body, boolean attach, String status,
			@Nullable String lastError) {
		this(checksum, recipient, workbook, client, wave, report, subject, body, attach, status, lastError, null, null,
				null);
	}

	/**
	 * The attachment's file name, {@code <client>-<wave>.pdf} from the slugs of the
	 * report's folder ({@code <output>/<client>/<wave>/report.pdf}); a unit's report
	 * ({@code <output>/<client>/<wave>/units/<unit>/report.pdf}) is
	 * {@code <client>-<wave>-<unit>.pdf}.
	 */
	String attachmentName() {
		Path folder = this.report.getParent();
		Path units = (folder != null) ? folder.getParent() : null;
		boolean ofUnit = this.unit != null && folder != null && units != null && units.getFileName() != null
				&& "units".equals(units.getFileName().toString());
		Path wave = ofUnit ? units.getParent() : folder;
		Path client = (wave != null) ? wave.getParent() : null;
		if (wave == null || client == null || client.getFileName() == null) {
			return "report.pdf";
		}
		return client.getFileName() + "-" + wave.getFileName() + (ofUnit ? "-" + folder.getFileName() : "") + ".pdf";
	}

	/**
	 * A stable Message-ID, so that a copy ever sent twice (after a crash mid-send) is
	 * recognisably the same.
	 */
	String messageId() {
		return "<" + this.checksum.substring(0, Math.min(32, this.checksum.length())) + "."
				+ Integer.toHexString(this.recipient.toLowerCase(Locale.ROOT).hashCode()) + "@gap-report>";
	}

}
