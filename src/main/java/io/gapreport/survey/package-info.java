/**
 * The survey as the consultant collected it: engagement, questionnaire and the
 * respondents' answers. Plain Java records, no framework and no IO.
 */
@NullMarked
package io.gapreport.survey;

import org.jspecify.annotations.NullMarked;
