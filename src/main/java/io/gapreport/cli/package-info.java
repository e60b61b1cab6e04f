/**
 * The command line: commands, options and exit codes, as {@code outputs.md} specifies
 * them.
 */
@NullMarked
package io.gapreport.cli;

import org.jspecify.annotations.NullMarked;
