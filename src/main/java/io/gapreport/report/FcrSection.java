package io.gapreport.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.gapreport.scoring.FcrScore;
import io.gapreport.survey.Benchmark;
import org.jspecify.annotations.Nullable;

/**
 * First-contact resolution per channel, in the scores' order: the rate, the benchmark,
 * where the rate stands, and where the benchmark comes from.
 */
final class FcrSection {

	private static final double SAME = 1e-9;

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
		Tone tone = (channel.position() == FcrScore.Position.REST)
				? (Boolean.TRUE.equals(channel.proven()) ? Tone.SHORTFALL : Tone.INDICATIVE) : Tone.PLAIN;
		return new ReportModel.FcrRow(w.channel(channel.channel()), w.f().count(channel.n()),
				w.f().percent(channel.rate()), w.f().percent(channel.best()), w.f().percent(channel.rest()),
				w.m().get("fcr.position." + position(channel)), tone.css(), source(w, channel));
	}

	/** The position's message key: {@code best}, {@code between}, {@code atRest}... */
	private static String position(FcrScore channel) {
		if (channel.position() == null || channel.rest() == null) {
			return "none";
		}
		return switch (channel.position()) {
			case BEST -> "best";
			case BETWEEN -> "between";
			case REST -> (Math.abs(channel.rate() - channel.rest()) < SAME) ? "atRest" : "belowRest";
		};
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
