package io.gapreport.report;

/**
 * The e-mail that carries one report, in the report's language.
 *
 * @param subject the subject, naming client and wave
 * @param attachedBody the plain-text body with the headline figures, for a mail with the
 * PDF attached
 * @param tooLargeBody the same body for a report too large to attach: it says where the
 * report is
 */
public record ReportMail(String subject, String attachedBody, String tooLargeBody) {

}
