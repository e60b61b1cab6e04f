/**
 * The gap maths: pure functions of a workbook's answers, computed in one pass with
 * accumulators. No framework, no IO, no clock; nothing rounded.
 */
@NullMarked
package io.gapreport.scoring;

import org.jspecify.annotations.NullMarked;
