/**
 * What the program remembers between runs, kept in the job database beside Spring Batch's
 * tables: which workbook contents were reported, and every reported wave's headline
 * scores for the trend, the run lock, and which workbook of a run writes which report
 * folder. Flyway creates the tables (db/migration), on H2 and PostgreSQL.
 */
@NullMarked
package io.gapreport.history;

import org.jspecify.annotations.NullMarked;
