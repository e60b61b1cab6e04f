/**
 * Reads survey workbooks (.xlsx) into the {@code survey} records: the small sheets when
 * the workbook is opened, the respondent sheets streamed row by row, every problem named
 * by sheet, row and cell.
 */
@NullMarked
package io.gapreport.workbook;

import org.jspecify.annotations.NullMarked;
