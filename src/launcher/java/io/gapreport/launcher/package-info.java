/**
 * The jar's entry point, compiled for Java 8: it says which Java gap-report needs before
 * any class that needs it is loaded.
 */
@NullMarked
package io.gapreport.launcher;

import org.jspecify.annotations.NullMarked;
