/**
 * What the program remembers between runs, kept in the job database beside Spring Batch's
 * tables: which workbook contents were reported, and every reported wave's headline
 * scores for the trend. Flyway creates the tables (db/migration), on H2 and PostgreSQL;
 * the run lock and folder claims are in {@code locking}.
 */
@NullMarked
package io.gapreport.history;

import org.jspecify.annotations.NullMarked;
