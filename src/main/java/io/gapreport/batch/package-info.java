/**
 * The report job on Spring Batch, in three steps: the partitioned report step (one
 * partition per client, run on threads of this process or by remote workers over
 * RabbitMQ), the delivery step (the manager sends the queued mail) and the run summary
 * step; their thin readers, processors and writers; and what a run needs around the job:
 * launching or restarting it under the run lock (recovering what an ended run left marked
 * running), progress read from the job repository, and the workers' check that their
 * run's manager still holds the lock. Reading, scoring and writing a workbook's report
 * are in {@code run}; sending mail is in {@code delivery}.
 */
@NullMarked
package io.gapreport.batch;

import org.jspecify.annotations.NullMarked;
