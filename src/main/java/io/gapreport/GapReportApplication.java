package io.gapreport;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring application behind {@code gap-report run}: the report job, its JDBC job
 * repository and the history tables. The command line in {@code cli} starts it.
 */
@SpringBootApplication
public class GapReportApplication {

}
