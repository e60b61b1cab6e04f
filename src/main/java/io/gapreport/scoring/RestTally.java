package io.gapreport.scoring;

import java.util.EnumMap;
import java.util.Map;

import io.gapreport.survey.CustomerResponse;
import io.gapreport.survey.Level;
import org.jspecify.annotations.Nullable;

/**
 * The per-customer values a unit is set against the rest by, as moments: per level the
 * mean of P − E over the level's items the customer answered both of, overall the mean of
 * P − E over every item answered both, and the NPS answers. Holds no customer.
 */
final class RestTally {

	private final Moments[] levels = new Moments[Level.values().length];

	private final Moments overall;

	private final int[] nps;

	RestTally() {
		this(new Moments(), new int[11]);
		for (int l = 0; l < this.levels.length; l++) {
			this.levels[l] = new Moments();
		}
	}

	private RestTally(Moments overall, int[] nps) {
		this.overall = overall;
		this.nps = nps;
	}

	/** Adds one customer, whose items belong to the levels {@code levelOf} gives. */
	void add(CustomerResponse response, int[] levelOf) {
		double[] sums = new double[this.levels.length];
		int[] counts = new int[this.levels.length];
		double sum = 0;
		int count = 0;
		for (int i = 0; i < levelOf.length; i++) {
			double gap = response.perceived()[i] - response.expected()[i];
			if (!Double.isNaN(gap)) {
				sums[levelOf[i]] += gap;
				counts[levelOf[i]]++;
				sum += gap;
				count++;
			}
		}
		for (int l = 0; l < this.levels.length; l++) {
			if (counts[l] > 0) {
				this.levels[l].add(sums[l] / counts[l]);
			}
		}
		if (count > 0) {
			this.overall.add(sum / count);
		}
		if (response.nps() != null) {
			this.nps[response.nps()]++;
		}
	}

	/** The tally of this one's customers that are not in {@code part}. */
	RestTally minus(RestTally part) {
		int[] nps = new int[this.nps.length];
		for (int i = 0; i < nps.length; i++) {
			nps[i] = this.nps[i] - part.nps[i];
		}
		var rest = new RestTally(this.overall.minus(part.overall), nps);
		for (int l = 0; l < this.levels.length; l++) {
			rest.levels[l] = this.levels[l].minus(part.levels[l]);
		}
		return rest;
	}

	/** This unit's tally against {@code rest}'s. */
	UnitStanding against(RestTally rest) {
		Map<Level, VsRest> levels = new EnumMap<>(Level.class);
		for (Level level : Level.values()) {
			@Nullable VsRest vs = VsRest.welch(this.levels[level.ordinal()], rest.levels[level.ordinal()]);
			if (vs != null) {
				levels.put(level, vs);
			}
		}
		return new UnitStanding(levels, VsRest.welch(this.overall, rest.overall), VsRest.nps(this.nps, rest.nps));
	}

}
