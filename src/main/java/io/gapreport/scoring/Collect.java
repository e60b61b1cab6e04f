package io.gapreport.scoring;

import io.gapreport.survey.Level;
import org.jspecify.annotations.Nullable;

/**
 * Something the next wave should add because this one could not measure it.
 *
 * @param source what to collect
 * @param level the level without items, for {@link Source#LEVEL}; else null
 */
public record Collect(Source source, @Nullable Level level) {

	public Collect {
		if ((source == Source.LEVEL) != (level != null)) {
			throw new IllegalArgumentException("a level goes with LEVEL and only with it");
		}
	}

	/**
	 * The entry as written in scores.json, e.g. {@code management} or
	 * {@code level:advice}.
	 */
	public String key() {
		return (this.level != null) ? "level:" + this.level.key()
				: this.source.name().toLowerCase(java.util.Locale.ROOT);
	}

	/** What the next wave should collect, in the order scores.json lists it. */
	public enum Source {

		/** A Management sheet: managers' views, for gap 1 and the perception gap. */
		MANAGEMENT,
		/** A Standards sheet: standards and promises, for gaps 2 and 4. */
		STANDARDS,
		/** An Audits sheet: mystery-shopping visits, for gaps 3 and 4. */
		AUDITS,
		/** Questions for a level that has none. */
		LEVEL,
		/** An nps column. */
		NPS,
		/** Channel and resolved answers, for first-contact resolution. */
		FCR

	}

}
