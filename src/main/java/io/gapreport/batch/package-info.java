/**
 * Spring Batch wiring only: the report job's three steps (the partitioned report step,
 * one partition per client, run on threads of this process or by remote workers over
 * RabbitMQ; the delivery step; the run summary step), their thin readers, processors and
 * writers. The work itself is in {@code run} and {@code delivery}.
 */
@NullMarked
package io.gapreport.batch;

import org.jspecify.annotations.NullMarked;
