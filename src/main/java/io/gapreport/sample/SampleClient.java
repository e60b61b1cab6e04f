package io.gapreport.sample;

import java.time.LocalDate;
import java.util.List;

import io.gapreport.survey.Scale;
import io.gapreport.survey.Sector;

/**
 * One synthetic engagement.
 *
 * @param client the client's name
 * @param wave the wave label
 * @param waveDate the date the wave closed
 * @param language the report language
 * @param scale the answer scale
 * @param respondents customers
 * @param items questionnaire items
 * @param seed the random seed
 * @param dirtyRate share of answer cells made dirty (N/A, out of range, text…) and of
 * rows made rejectable; 0 for clean data
 * @param levelShift how each level performs against expectations, in points (accuracy,
 * availability, partnership, advice); negative is a shortfall
 * @param recipients e-mail addresses on the Engagement sheet
 * @param sector the client's sector on the Engagement sheet
 * @param units its units (a Units sheet and unit columns), or none
 */
public record SampleClient(String client, String wave, LocalDate waveDate, String language, Scale scale,
		int respondents, int items, long seed, double dirtyRate, List<Double> levelShift, List<String> recipients,
		Sector sector, List<SampleUnit> units) {

	public SampleClient {
		levelShift = List.copyOf(levelShift);
		recipients = List.copyOf(recipients);
		units = List.copyOf(units);
		if (levelShift.size() != 4) {
			throw new IllegalArgumentException("one shift per level");
		}
	}

	/** A client without units. */
	public SampleClient(String client, String wave, LocalDate waveDate, String language, Scale scale, int respondents,
			int items, long seed, double dirtyRate, List<Double> levelShift, List<String> recipients, Sector sector) {
		this(client, wave, waveDate, language, scale, respondents, items, seed, dirtyRate, levelShift, recipients,
				sector, List.of());
	}

	/** A client of no particular sector ({@link Sector#OTHER}). */
	public SampleClient(String client, String wave, LocalDate waveDate, String language, Scale scale, int respondents,
			int items, long seed, double dirtyRate, List<Double> levelShift, List<String> recipients) {
		this(client, wave, waveDate, language, scale, respondents, items, seed, dirtyRate, levelShift, recipients,
				Sector.OTHER);
	}

}
