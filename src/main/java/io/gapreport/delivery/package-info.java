/**
 * E-mail delivery of reports: a queue in the job database that records every (workbook
 * content, recipient) pair, filled in the transaction that records each report, and
 * claims each send atomically, so that reruns, restarts and concurrent processes never
 * send the same report to the same person twice; an SMTP sender that tells what a failed
 * attempt means (try again, maybe delivered, refused for good, server unreachable); and
 * the Spring wiring of both.
 */
@NullMarked
package io.gapreport.delivery;

import org.jspecify.annotations.NullMarked;
