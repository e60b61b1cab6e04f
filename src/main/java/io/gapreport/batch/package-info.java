/**
 * The report job on Spring Batch: the partitioned job (one partition per client, run on
 * threads of this process or by remote workers over RabbitMQ), its thin reader, processor
 * and writer, the listener that writes the run summary from the job repository, and what
 * a run needs around the job: launching or restarting it under the run lock (recovering
 * what an ended run left marked running), progress read from the job repository, and the
 * workers' check that their run's manager still holds the lock. Reading, scoring and
 * writing a workbook's report are in {@code run}.
 */
@NullMarked
package io.gapreport.batch;

import org.jspecify.annotations.NullMarked;
