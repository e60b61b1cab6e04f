/** Cross-cutting Spring configuration: the history kept in the job database. */
@NullMarked
package io.gapreport.system;

import org.jspecify.annotations.NullMarked;
