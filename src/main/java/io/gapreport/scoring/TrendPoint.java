package io.gapreport.scoring;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import io.gapreport.survey.Level;
import org.jspecify.annotations.Nullable;

/**
 * The headline scores of one wave of a client, for the trend, with what a test of the
 * change between waves needs.
 *
 * @param wave the wave label
 * @param waveDate the date the wave closed, or null
 * @param gap5 the overall customer gap, or null
 * @param nps the NPS score, or null
 * @param customers customers with an overall gap of their own
 * @param gapSd sample standard deviation of the customers' own overall gaps, or null
 * @param npsCustomers customers with an NPS answer
 * @param promoters share of promoters among them
 * @param detractors share of detractors among them
 * @param levels each measured level's customer gap, its spread and its customers
 * @param managers managers who answered, or null when the wave's record does not say
 * @param audits audit visits, or null when the wave's record does not say
 */
public record TrendPoint(String wave, @Nullable LocalDate waveDate, @Nullable Double gap5, @Nullable Double nps,
		int customers, @Nullable Double gapSd, int npsCustomers, double promoters, double detractors,
		Map<Level, LevelGap> levels, @Nullable Integer managers, @Nullable Integer audits) {

	/**
	 * Waves of one client sort by the date they closed when both have one, else by label.
	 */
	public static final java.util.Comparator<TrendPoint> WAVE_ORDER = (a, b) -> {
		if (a.waveDate() != null && b.waveDate() != null && !a.waveDate().equals(b.waveDate())) {
			return a.waveDate().compareTo(b.waveDate());
		}
		return a.wave().compareTo(b.wave());
	};

	public TrendPoint {
		levels = levels.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(levels));
	}

	/** A point without levels or respondent counts, as recorded before they were kept. */
	public TrendPoint(String wave, @Nullable LocalDate waveDate, @Nullable Double gap5, @Nullable Double nps,
			int customers, @Nullable Double gapSd, int npsCustomers, double promoters, double detractors) {
		this(wave, waveDate, gap5, nps, customers, gapSd, npsCustomers, promoters, detractors, Map.of(), null, null);
	}

	/** A point with the headline figures only, e.g. for tests. */
	public static TrendPoint of(String wave, @Nullable LocalDate waveDate, @Nullable Double gap5,
			@Nullable Double nps) {
		return new TrendPoint(wave, waveDate, gap5, nps, 0, null, 0, 0, 0);
	}

	/**
	 * One level's customer gap in a wave.
	 *
	 * @param mean the level's customer gap
	 * @param sd sample standard deviation of the customers' own level gaps, or null below
	 * 2
	 * @param n customers with a gap of their own on the level
	 */
	public record LevelGap(double mean, @Nullable Double sd, int n) {
	}

}
