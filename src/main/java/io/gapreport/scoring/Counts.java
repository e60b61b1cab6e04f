package io.gapreport.scoring;

/**
 * How much data the scores rest on.
 *
 * @param customers kept Customers rows
 * @param managers kept Management rows
 * @param audits Audits rows
 * @param rejectedRows rejected Customers and Management rows
 * @param invalidCells invalid cells in kept rows
 */
public record Counts(int customers, int managers, int audits, int rejectedRows, int invalidCells) {

}
