package io.gapreport.run;

/**
 * How a run treats workbooks it has seen before.
 *
 * @param force report every workbook again, even when its content was already reported
 */
public record RunOptions(boolean force) {

}
