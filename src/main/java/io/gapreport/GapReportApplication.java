package io.gapreport;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring application behind {@code gap-report run}: the report job, its JDBC job
 * repository, the history tables and e-mail. The command line in {@code cli} starts it.
 * Only the packages that hold Spring components are scanned: reading every class of the
 * others (the domain, scoring, workbook, report, chart) cost start-up time for nothing.
 */
@SpringBootApplication(scanBasePackages = { "io.gapreport.batch", "io.gapreport.system", "io.gapreport.delivery" })
public class GapReportApplication {

}
