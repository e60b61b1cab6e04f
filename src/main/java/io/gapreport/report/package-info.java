/**
 * The report: FreeMarker templates produce XHTML, which
 * {@link io.gapreport.report.PdfRenderer} lays out into a PDF with embedded fonts and
 * vector charts.
 */
@NullMarked
package io.gapreport.report;

import org.jspecify.annotations.NullMarked;
