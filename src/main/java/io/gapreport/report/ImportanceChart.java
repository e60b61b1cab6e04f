package io.gapreport.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.gapreport.chart.ScatterChartSpec;
import io.gapreport.chart.Tone;
import io.gapreport.scoring.ImportanceBasis;
import io.gapreport.scoring.Importances;
import io.gapreport.scoring.ItemScore;
import io.gapreport.scoring.Scores;
import io.gapreport.survey.Scale;
import org.jspecify.annotations.Nullable;

/**
 * The importance–performance matrix, built so that it cannot contradict the findings:
 * each question placed by its customer gap (perception minus expectation, a line at zero)
 * against its importance as scoring derives it (a line at the mean importance), and the
 * verdicts beside it taken from the evidence, not from where a point lands. A question
 * whose gap lies below zero beyond chance is "concentrate here" or "fix next", never
 * "keep up", "low priority" or "possible overkill"; "possible overkill" needs a gap above
 * zero beyond chance. When the importances do not tell the questions apart
 * ({@link Importances#tellApart}) there is no importance line and no verdict.
 */
final class ImportanceChart {

	/** The gap axis spans at least this share of the answer scale's width. */
	private static final double LEAST_SPAN_OF_SCALE = 1.0 / 6;

	/**
	 * A correlation's axis spans at least this much, so that correlations within chance
	 * of each other do not fill the plot; weights are exact and need no such floor.
	 */
	private static final double LEAST_CORRELATION_SPAN = 0.5;

	private ImportanceChart() {
	}

	/** The verdicts, in the order they are listed, by message key. */
	enum Verdict {

		CONCENTRATE, NEXT, KEEP, LOW, OVERKILL;

		String key() {
			return "ipa.quadrant." + name().toLowerCase(Locale.ROOT);
		}

		/**
		 * A question's verdict from its proven position and whether it matters more than
		 * the average question.
		 */
		static Verdict of(Tone tone, boolean important) {
			return switch (tone) {
				case SHORTFALL -> important ? CONCENTRATE : NEXT;
				case EXCEEDED -> important ? KEEP : OVERKILL;
				default -> important ? KEEP : LOW;
			};
		}

	}

	static ScatterChartSpec spec(Wording w, Map<Tone, String> tones) {
		var m = w.m();
		Scores scores = w.scores();
		List<ItemScore> placeable = placeable(scores);
		List<ScatterChartSpec.Point> points = placeable.stream()
			.map((item) -> new ScatterChartSpec.Point(item.question().code(), item.gap5().mean(), item.importance(),
					GapTones.tone(item.gap5())))
			.toList();
		Double split = importanceSplit(scores);
		Map<Verdict, List<String>> verdicts = new LinkedHashMap<>();
		if (split != null) {
			for (Verdict verdict : Verdict.values()) {
				verdicts.put(verdict, new ArrayList<>());
			}
			for (ScatterChartSpec.Point point : points) {
				verdicts.get(Verdict.of(point.tone(), point.y() >= split)).add(point.label());
			}
		}
		List<ScatterChartSpec.Verdict> listed = verdicts.entrySet()
			.stream()
			.filter((entry) -> !entry.getValue().isEmpty())
			.map((entry) -> new ScatterChartSpec.Verdict(m.get(entry.getKey().key()), entry.getValue()))
			.toList();
		String axis = m.get("ipa.axis.importance." + scores.importanceBasis().name().toLowerCase(Locale.ROOT));
		Scale scale = scores.engagement().scale();
		return new ScatterChartSpec("", m.get("ipa.axis.gap"), axis, points, 0,
				(scale.max() - scale.min()) * LEAST_SPAN_OF_SCALE, split,
				(scores.importanceBasis() == ImportanceBasis.WEIGHT) ? 0 : LEAST_CORRELATION_SPAN, listed, tones,
				w.f().locale());
	}

	/**
	 * The mean importance of the placeable questions, the line between more and less
	 * important; null when the importances do not tell the questions apart.
	 */
	static @Nullable Double importanceSplit(Scores scores) {
		List<ItemScore> placeable = placeable(scores);
		if (!Importances.tellApart(placeable, scores.importanceBasis())) {
			return null;
		}
		return placeable.stream().mapToDouble(ItemScore::importance).average().orElse(0);
	}

	/** The items the matrix can place: with an importance and a customer gap. */
	static List<ItemScore> placeable(Scores scores) {
		return scores.items()
			.stream()
			.filter((item) -> item.importance() != null && item.gap5().mean() != null)
			.toList();
	}

}
