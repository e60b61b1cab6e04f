/**
 * Nightly runs for {@code serve}: a cron schedule, one catch-up run after downtime (not a
 * pile of them), and the time of the last scheduled run kept in the job database.
 */
@NullMarked
package io.gapreport.schedule;

import org.jspecify.annotations.NullMarked;
