/**
 * Spring Batch wiring only: the report job, its thin reader, processor and writer, and
 * the listener that writes the run summary. The work itself is in {@code run}.
 */
@NullMarked
package io.gapreport.batch;

import org.jspecify.annotations.NullMarked;
