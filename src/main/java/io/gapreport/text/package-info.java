/**
 * Text analysis for the voice of the customer: the report language's Apache Lucene
 * analyzer turns comments and theme keywords into stems. No IO, no framework.
 */
@NullMarked
package io.gapreport.text;

import org.jspecify.annotations.NullMarked;
