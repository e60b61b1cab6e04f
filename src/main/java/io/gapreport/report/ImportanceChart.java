package io.gapreport.report;

import java.util.List;
import java.util.Map;

import io.gapreport.chart.ScatterChartSpec;
import io.gapreport.chart.Tone;
import io.gapreport.scoring.ImportanceBasis;
import io.gapreport.scoring.ItemScore;
import io.gapreport.scoring.Scores;

/**
 * The importance–performance matrix: importance as scoring derives it (the items'
 * weights, else the correlation of each item's perception with likelihood to recommend,
 * else with the customer's mean perception), performance the mean perception, the lines
 * at both means, and an item red only when its customer gap's interval lies below zero.
 */
final class ImportanceChart {

	/**
	 * The importance axis title per basis, in the report's four languages. The messages
	 * files name importance without its source; the axis must say which basis the
	 * quadrants rest on, so these words live here until the messages files carry them.
	 */
	static final Map<String, Map<ImportanceBasis, String>> AXIS = Map.of("en",
			Map.of(ImportanceBasis.WEIGHT, "Importance (the question's weight)", ImportanceBasis.NPS,
					"Importance (correlation with likelihood to recommend)", ImportanceBasis.PERCEPTION,
					"Importance (correlation with overall perception)"),
			"pl",
			Map.of(ImportanceBasis.WEIGHT, "Ważność (waga pytania)", ImportanceBasis.NPS,
					"Ważność (korelacja z gotowością polecenia)", ImportanceBasis.PERCEPTION,
					"Ważność (korelacja z ogólną oceną)"),
			"cs",
			Map.of(ImportanceBasis.WEIGHT, "Důležitost (váha otázky)", ImportanceBasis.NPS,
					"Důležitost (korelace s ochotou doporučit)", ImportanceBasis.PERCEPTION,
					"Důležitost (korelace s celkovým vnímáním)"),
			"ru",
			Map.of(ImportanceBasis.WEIGHT, "Важность (вес вопроса)", ImportanceBasis.NPS,
					"Важность (корреляция с готовностью рекомендовать)", ImportanceBasis.PERCEPTION,
					"Важность (корреляция с общим восприятием)"));

	private ImportanceChart() {
	}

	static ScatterChartSpec spec(Wording w, Map<Tone, String> tones) {
		var m = w.m();
		List<ScatterChartSpec.Point> points = placeable(w.scores()).stream()
			.map((item) -> new ScatterChartSpec.Point(item.question().code(), item.meanP(), item.importance(),
					GapTones.tone(item.gap5())))
			.toList();
		double xSplit = points.stream().mapToDouble(ScatterChartSpec.Point::x).average().orElse(0);
		double ySplit = points.stream().mapToDouble(ScatterChartSpec.Point::y).average().orElse(0);
		Map<ImportanceBasis, String> axis = AXIS.getOrDefault(m.language(), AXIS.get("en"));
		return new ScatterChartSpec("", m.get("ipa.axis.performance"), axis.get(w.scores().importanceBasis()), points,
				xSplit, ySplit, new ScatterChartSpec.Quadrants(m.get("ipa.quadrant.concentrate"),
						m.get("ipa.quadrant.keep"), m.get("ipa.quadrant.low"), m.get("ipa.quadrant.overkill")),
				tones, w.f().locale());
	}

	/** The items the matrix can place: with an importance and a mean perception. */
	static List<ItemScore> placeable(Scores scores) {
		return scores.items().stream().filter((item) -> item.importance() != null && item.meanP() != null).toList();
	}

}
