package io.gapreport.scoring;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The headline scores of one wave of a client, for the trend.
 *
 * @param wave the wave label
 * @param waveDate the date the wave closed, or null
 * @param gap5 the overall customer gap, or null
 * @param nps the NPS score, or null
 */
public record TrendPoint(String wave, @Nullable LocalDate waveDate, @Nullable Double gap5, @Nullable Double nps) {

}
