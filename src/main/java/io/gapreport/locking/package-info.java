/**
 * Who may do what now, kept in the job database: the run lock (one run at a time, held
 * with a lease; {@link io.gapreport.locking.JdbcRunLock}) and which workbook of a run
 * writes which report folder ({@link io.gapreport.locking.JdbcFolderClaims}).
 */
@NullMarked
package io.gapreport.locking;

import org.jspecify.annotations.NullMarked;
