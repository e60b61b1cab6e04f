package io.gapreport.report;

/**
 * The e-mail that carries one report, in the report's language: its words as plain text
 * and as simple HTML (page 1 of the report, for mail programs), each for a mail with the
 * PDF attached and for one whose PDF is too large to attach.
 *
 * @param subject the subject, naming client and wave
 * @param attachedBody the plain-text body with page 1's figures, for a mail with the PDF
 * attached
 * @param tooLargeBody the same body for a report too large to attach: it says where the
 * report is
 * @param attachedHtml the HTML body for a mail with the PDF attached
 * @param tooLargeHtml the HTML body for a report too large to attach
 */
public record ReportMail(String subject, String attachedBody, String tooLargeBody, String attachedHtml,
		String tooLargeHtml) {

}
