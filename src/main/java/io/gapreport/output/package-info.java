/**
 * The files a run writes beside each report ({@code scores.json}, {@code rejected.csv})
 * and the run summary, exactly as {@code outputs.md} specifies them; every file is
 * written to a temporary name and moved into place when complete.
 */
@NullMarked
package io.gapreport.output;

import org.jspecify.annotations.NullMarked;
