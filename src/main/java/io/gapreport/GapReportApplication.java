package io.gapreport;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring application behind {@code gap-report run}: the report job, its JDBC job
 * repository and the history tables. The command line in {@code cli} starts it. Only the
 * two packages that hold Spring components are scanned: reading every class of the others
 * (the domain, scoring, workbook, report, chart) cost start-up time for nothing.
 */
@SpringBootApplication(scanBasePackages = { "io.gapreport.batch", "io.gapreport.system" })
public class GapReportApplication {

}
