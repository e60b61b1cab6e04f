/**
 * Spring configuration across the concerns: gap-report's settings ({@code gap-report.*}),
 * the clock, the report renderer, file and e-mail delivery beans, and the history, run
 * lock and folder claims kept in the job database.
 */
@NullMarked
package io.gapreport.system;

import org.jspecify.annotations.NullMarked;
