/**
 * Workbooks made by the program: realistic synthetic surveys ({@code sample}) for
 * demonstrations, tests and benchmarks, and the empty template a consultant fills in
 * ({@code template}).
 */
@NullMarked
package io.gapreport.sample;

import org.jspecify.annotations.NullMarked;
