/**
 * E-mail delivery of reports: a queue in the job database that records every (workbook
 * content, recipient) pair and claims each send atomically, so that reruns, restarts and
 * concurrent processes never send the same report to the same person twice; and an SMTP
 * sender with retries and backoff.
 */
@NullMarked
package io.gapreport.delivery;

import org.jspecify.annotations.NullMarked;
