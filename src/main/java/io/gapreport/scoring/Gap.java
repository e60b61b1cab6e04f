package io.gapreport.scoring;

import java.util.Locale;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/** Gaps 1 to 4 of the service-quality gaps model and the perception gap. */
public enum Gap {

	GAP1(GapSet::gap1), GAP2(GapSet::gap2), GAP3(GapSet::gap3), GAP4(GapSet::gap4), PERCEPTION(GapSet::perception);

	private final Function<GapSet, @Nullable Double> value;

	Gap(Function<GapSet, @Nullable Double> value) {
		this.value = value;
	}

	/** The gap's name as written in scores.json, e.g. {@code gap1}. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Whether the gap rests on audit visits (gaps 3 and 4); else on the managers
	 * surveyed.
	 */
	public boolean restsOnAudits() {
		return this == GAP3 || this == GAP4;
	}

	/** This gap's value in {@code gaps}, or null when not measured. */
	public @Nullable Double of(GapSet gaps) {
		return this.value.apply(gaps);
	}

}
