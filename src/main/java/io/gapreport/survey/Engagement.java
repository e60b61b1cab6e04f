package io.gapreport.survey;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One client's survey wave: who the report is for and how it is read.
 *
 * @param client client name as printed on the report
 * @param wave survey wave label, e.g. {@code 2026-Q3}
 * @param waveDate the date the wave closed, or null
 * @param language report language: {@code en}, {@code pl}, {@code cs} or {@code ru}
 * @param scale the answer scale
 * @param recipients e-mail addresses of the report's recipients
 * @param consultant name printed on the cover, or null
 * @param minGroupSize smallest group shown in breakdowns
 * @param sector the client's sector, which words the report's actions
 */
public record Engagement(String client, String wave, @Nullable LocalDate waveDate, String language, Scale scale,
		List<String> recipients, @Nullable String consultant, int minGroupSize, Sector sector) {

	/** The report languages a workbook may ask for. */
	public static final List<String> LANGUAGES = List.of("en", "pl", "cs", "ru");

	/** The smallest group shown in breakdowns when a workbook names none. */
	public static final int DEFAULT_MIN_GROUP_SIZE = 5;

	public Engagement {
		Objects.requireNonNull(client, "client");
		Objects.requireNonNull(wave, "wave");
		Objects.requireNonNull(scale, "scale");
		Objects.requireNonNull(sector, "sector");
		if (!LANGUAGES.contains(language)) {
			throw new IllegalArgumentException("unknown language " + language);
		}
		if (minGroupSize < 1) {
			throw new IllegalArgumentException("min_group_size must be at least 1");
		}
		recipients = List.copyOf(recipients);
	}

	/**
	 * An engagement of a client whose workbook names no sector ({@link Sector#OTHER}).
	 */
	public Engagement(String client, String wave, @Nullable LocalDate waveDate, String language, Scale scale,
			List<String> recipients, @Nullable String consultant, int minGroupSize) {
		this(client, wave, waveDate, language, scale, recipients, consultant, minGroupSize, Sector.OTHER);
	}

}
