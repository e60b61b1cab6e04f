/**
 * Charts for the report: immutable {@link io.gapreport.chart.ChartSpec} records built by
 * the caller, turned into styled JFreeChart charts by {@link io.gapreport.chart.Charts}
 * and drawn as vectors with embedded Liberation Sans text by
 * {@link io.gapreport.chart.PdfChartPainter}.
 */
@NullMarked
package io.gapreport.chart;

import org.jspecify.annotations.NullMarked;
