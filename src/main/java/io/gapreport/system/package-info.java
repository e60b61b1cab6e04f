/**
 * Spring configuration across the concerns: gap-report's settings ({@code gap-report.*}),
 * the clock, the PDF report file and its letter, its HTML twin (one report model for
 * both, {@code ContentModels}), the job database's settings, its migration one process at
 * a time ({@code JobDatabaseMigration}) and what is kept there (report ledger, wave
 * history, schedules, run lock); and the escaping of a workbook's text in console and log
 * lines. The e-mail beans are in {@code delivery} ({@code MailConfiguration}), the job's
 * in {@code batch}.
 */
@NullMarked
package io.gapreport.system;

import org.jspecify.annotations.NullMarked;
