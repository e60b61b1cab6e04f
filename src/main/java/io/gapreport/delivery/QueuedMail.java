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
 */
public record QueuedMail(String checksum, String recipient, @Nullable String workbook, @Nullable String client,
		@Nullable String wave, Path report, String subject, String body, boolean attach, String status,
		@Nullable String lastError) {

	/**
	 * The attachment's file name, {@code <client>-<wave>.pdf} from the slugs of the
	 * report's folder ({@code <output>/<client>/<wave>/report.pdf}).
	 */
	String attachmentName() {
		Path wave = this.report.getParent();
		Path client = (wave != null) ? wave.getParent() : null;
		return (wave != null && client != null && client.getFileName() != null)
				? client.getFileName() + "-" + wave.getFileName() + ".pdf" : "report.pdf";
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
