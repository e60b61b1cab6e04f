/**
 * One run over an input folder: finding the workbooks, turning each into its report
 * files, and the run summary. Plain Java; the batch package wires it into Spring Batch.
 */
@NullMarked
package io.gapreport.run;

import org.jspecify.annotations.NullMarked;
