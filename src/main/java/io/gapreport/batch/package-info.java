/**
 * Spring Batch wiring only: the partitioned report job (one partition per client, run on
 * threads of this process or by remote workers over RabbitMQ), its thin reader, processor
 * and writer, and the listener that writes the run summary from the job repository. The
 * work itself is in {@code run}.
 */
@NullMarked
package io.gapreport.batch;

import org.jspecify.annotations.NullMarked;
