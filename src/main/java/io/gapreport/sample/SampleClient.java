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
 */
public record SampleClient(String client, String wave, LocalDate waveDate, String language, Scale scale,
		int respondents, int items, long seed, double dirtyRate, List<Double> levelShift, List<String> recipients,
		Sector sector) {

	public SampleClient {
		levelShift = List.copyOf(levelShift);
		recipients = List.copyOf(recipients);
		if (levelShift.size() != 4) {
			throw new IllegalArgumentException("one shift per level");
		}
	}

	/** A client of no particular sector ({@link Sector#OTHER}). */
	public SampleClient(String client, String wave, LocalDate waveDate, String language, Scale scale, int respondents,
			int items, long seed, double dirtyRate, List<Double> levelShift, List<String> recipients) {
		this(client, wave, waveDate, language, scale, respondents, items, seed, dirtyRate, levelShift, recipients,
				Sector.OTHER);
	}

}
