package io.gapreport.report;

/**
 * The e-mail that carries one report, in the report's language.
 *
 * @param subject the subject, naming client and wave
 * @param body the plain-text body with the headline figures
 * @param attach whether the PDF goes along (false when it is over the size limit; the
 * body then says where it is)
 */
public record ReportMail(String subject, String body, boolean attach) {

}
