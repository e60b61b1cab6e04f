package io.gapreport.report;

import java.util.List;
import java.util.Locale;
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
		String axis = m.get("ipa.axis.importance." + w.scores().importanceBasis().name().toLowerCase(Locale.ROOT));
		return new ScatterChartSpec("", m.get("ipa.axis.performance"), axis, points, xSplit, ySplit,
				new ScatterChartSpec.Quadrants(m.get("ipa.quadrant.concentrate"), m.get("ipa.quadrant.keep"),
						m.get("ipa.quadrant.low"), m.get("ipa.quadrant.overkill")),
				tones, w.f().locale());
	}

	/** The items the matrix can place: with an importance and a mean perception. */
	static List<ItemScore> placeable(Scores scores) {
		return scores.items().stream().filter((item) -> item.importance() != null && item.meanP() != null).toList();
	}

}
