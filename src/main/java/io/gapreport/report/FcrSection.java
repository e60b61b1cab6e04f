package io.gapreport.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.gapreport.chart.Tone;
import io.gapreport.scoring.FcrScore;
import io.gapreport.survey.Benchmark;
import org.jspecify.annotations.Nullable;

/**
 * First-contact resolution per channel, in the scores' order: the rate with its 95%
 * Wilson interval and n, the benchmark, where the rate stands, and where the benchmark
 * comes from. A channel at or below the rest is red ("below the rest") only when its
 * whole interval lies below the rest; otherwise it is a lead to check (amber), worded by
 * how far it lies below ("slightly", "well"). A channel without a benchmark is set
 * against the client's other channels together, never against a benchmark of another
 * channel.
 */
final class FcrSection {

	private static final double SAME = 1e-9;

	/** Below this many points under the rest a rate is "slightly below". */
	private static final double SLIGHTLY = 0.05;

	/** From this many points under the rest a rate is "well below". */
	private static final double WELL = 0.15;

	private FcrSection() {
	}

	static ReportModel.Fcr fcr(Wording w, boolean charted) {
		List<ReportModel.FcrRow> rows = rows(w);
		return new ReportModel.Fcr(!rows.isEmpty(), charted, rows);
	}

	static List<ReportModel.FcrRow> rows(Wording w) {
		return w.scores().fcr().stream().map((channel) -> row(w, channel)).toList();
	}

	private static ReportModel.FcrRow row(Wording w, FcrScore channel) {
		return new ReportModel.FcrRow(w.channel(channel.channel()), w.f().count(channel.n()),
				w.f().percent(channel.rate()), w.f().percent(channel.best()), w.f().percent(channel.rest()),
				position(w, channel), tone(channel).css(), source(w, channel),
				w.f().percent(channel.ciLow()) + "\u00a0\u2026\u00a0" + w.f().percent(channel.ciHigh()));
	}

	/**
	 * Red for a proven place below the rest, amber for one not proven, blue for a proven
	 * best.
	 */
	static Tone tone(FcrScore channel) {
		if (channel.position() == null) {
			return Tone.PLAIN;
		}
		boolean proven = Boolean.TRUE.equals(channel.proven());
		return switch (channel.position()) {
			case REST -> proven ? Tone.SHORTFALL : Tone.INDICATIVE;
			case BEST -> proven ? Tone.EXCEEDED : Tone.PLAIN;
			case BETWEEN -> Tone.PLAIN;
		};
	}

	/** Where the rate stands, in words, by how far and whether it is proven. */
	private static String position(Wording w, FcrScore channel) {
		if (channel.position() == null || channel.rest() == null) {
			return others(w, channel);
		}
		boolean proven = Boolean.TRUE.equals(channel.proven());
		return switch (channel.position()) {
			case BEST -> w.m().get(proven ? "fcr.position.best" : "fcr.position.best.unproven");
			case BETWEEN -> w.m().get("fcr.position.between");
			case REST -> {
				String size = w.m().get("fcr.position." + below(channel.rest() - channel.rate()));
				yield proven ? size : w.m().get("fcr.position.lead", size);
			}
		};
	}

	/**
	 * {@code atRest}, {@code slightlyBelowRest}, {@code belowRest} or
	 * {@code wellBelowRest}.
	 */
	private static String below(double points) {
		if (points < SAME) {
			return "atRest";
		}
		return (points < SLIGHTLY) ? "slightlyBelowRest" : (points < WELL) ? "belowRest" : "wellBelowRest";
	}

	/**
	 * A channel without a benchmark against the client's other channels together, e.g.
	 * "well below the other channels (58%)", a lead to check when its interval takes in
	 * the others' rate; "no benchmark" when it is the only channel.
	 */
	private static String others(Wording w, FcrScore channel) {
		long customers = 0;
		long resolved = 0;
		for (FcrScore other : w.scores().fcr()) {
			if (!other.channel().equals(channel.channel())) {
				customers += other.n();
				resolved += Math.round(other.rate() * other.n());
			}
		}
		if (customers == 0) {
			return w.m().get("fcr.position.none");
		}
		double rate = (double) resolved / customers;
		double difference = channel.rate() - rate;
		String size = (Math.abs(difference) < SLIGHTLY) ? "level" : (difference <= -WELL) ? "wellBelow"
				: (difference < 0) ? "below" : (difference >= WELL) ? "wellAbove" : "above";
		String words = w.m().get("fcr.others." + size, w.f().percent(rate));
		boolean withinChance = channel.ciLow() <= rate && rate <= channel.ciHigh();
		return (withinChance && !size.equals("level")) ? w.m().get("fcr.position.lead", words) : words;
	}

	/**
	 * Where the benchmarks come from, e.g. {@code built-in study (phone, chat); your
	 * Benchmarks sheet (in-person)}; null when no channel has one.
	 */
	static @Nullable String sources(Wording w, List<ReportModel.FcrRow> rows) {
		Map<String, List<String>> channels = new LinkedHashMap<>();
		rows.stream()
			.filter((row) -> !row.source().equals(w.f().notMeasured()))
			.forEach((row) -> channels.computeIfAbsent(row.source(), (source) -> new ArrayList<>()).add(row.channel()));
		if (channels.isEmpty()) {
			return null;
		}
		List<String> parts = channels.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + " (" + String.join(", ", entry.getValue()) + ")")
			.toList();
		return w.m().get("decision.fcrSource", String.join("; ", parts));
	}

	/**
	 * The built-in study, or the workbook's Benchmarks sheet when it gave other rates.
	 */
	private static String source(Wording w, FcrScore channel) {
		if (channel.best() == null) {
			return w.f().notMeasured();
		}
		boolean builtIn = Benchmark.BUILT_IN.stream()
			.anyMatch((benchmark) -> benchmark.channel().equals(channel.channel()) && benchmark.best() == channel.best()
					&& benchmark.rest() == channel.rest());
		return w.m().get(builtIn ? "fcr.source.study" : "fcr.source.sheet");
	}

}
