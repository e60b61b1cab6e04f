package io.gapreport.report;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.gapreport.chart.BarChartSpec;
import io.gapreport.chart.BenchmarkChartSpec;
import io.gapreport.chart.ChartSpec;
import io.gapreport.chart.GapBarsSpec;
import io.gapreport.chart.LineChartSpec;
import io.gapreport.chart.NpsDistributionSpec;
import io.gapreport.chart.RangeChartSpec;
import io.gapreport.chart.ScatterChartSpec;
import io.gapreport.chart.Series;
import io.gapreport.chart.Tone;
import org.jspecify.annotations.Nullable;

/**
 * The text alternative of a chart in the HTML report: what it shows, number by number, in
 * the chart's own localised labels and its locale's number format, with the status word
 * wherever the chart shows a status by colour.
 */
final class ChartAlternatives {

	private ChartAlternatives() {
	}

	/** One line per category, series or point of {@code spec}. */
	static List<String> lines(ChartSpec spec) {
		Numbers n = new Numbers(spec.locale(), 2);
		List<String> lines = new ArrayList<>();
		switch (spec) {
			case BarChartSpec bars -> {
				Numbers printed = new Numbers(spec.locale(), bars.labelDecimals());
				for (Series series : bars.series()) {
					lines.add(measure(series.name(), bars.valueAxisLabel()) + ": "
							+ pairs(bars.categories(), series.values(), printed));
				}
			}
			case GapBarsSpec gaps -> gaps.bars()
				.forEach(
						(bar) -> lines.add(bar.name() + ": "
								+ ((bar.value() != null)
										? n.number(bar.value()) + tone(gaps.labels().tones(), bar.tone())
										: gaps.labels().notMeasured())));
			case RangeChartSpec ranges -> ranges.intervals()
				.forEach((interval) -> lines.add(interval.category() + ": " + n.number(interval.estimate()) + " ["
						+ n.number(interval.lower()) + "; " + n.number(interval.upper()) + "]"
						+ tone(ranges.tones(), Tone.ofInterval(interval.lower(), interval.upper()))));
			case ScatterChartSpec scatter -> {
				Numbers importance = new Numbers(spec.locale(),
						exactDecimals(scatter.yDecimals(), scatter.points().stream().map(ScatterChartSpec.Point::y)));
				scatter.points()
					.forEach((point) -> lines.add(point.label() + ": " + scatter.xAxisLabel() + " "
							+ n.number(point.x()) + ", " + scatter.yAxisLabel() + " " + importance.number(point.y())
							+ tone(scatter.tones(), point.tone())));
			}
			case NpsDistributionSpec nps -> {
				List<String> scores = new ArrayList<>();
				for (int score = 0; score < nps.counts().size(); score++) {
					scores.add(score + ": " + nps.counts().get(score));
				}
				lines.add(nps.countAxisLabel() + " (" + nps.scoreAxisLabel() + ") " + String.join("; ", scores));
			}
			case BenchmarkChartSpec benchmark -> benchmark.channels()
				.forEach((channel) -> lines
					.add(channel.name() + ": " + benchmark.labels().ours() + " " + n.percent(channel.ours())
							+ optional("; " + benchmark.labels().best() + " ", channel.best(), n)
							+ optional("; " + benchmark.labels().rest() + " ", channel.rest(), n)));
			case LineChartSpec trend -> {
				Numbers printed = new Numbers(spec.locale(), trend.decimals());
				for (Series series : trend.series()) {
					lines.add(series.name() + ": " + pairs(trend.waves(), series.values(), printed));
				}
			}
		}
		return lines;
	}

	/**
	 * The decimals of an axis' numbers, more (up to two) where a value would print
	 * rounded with them: weights of 1, 2 and 3 on an axis of 1.0, 1.5, 2.0 print as 1.0,
	 * 2.0 and 3.0, a weight of 1.25 as 1.25, a correlation of 0.6612 as 0.66.
	 */
	static int exactDecimals(int axisDecimals, java.util.stream.Stream<Double> values) {
		List<Double> all = values.toList();
		for (int decimals = axisDecimals; decimals < 2; decimals++) {
			double scale = Math.pow(10, decimals);
			if (all.stream().allMatch((value) -> Math.abs(Math.rint(value * scale) - value * scale) < 1e-9)) {
				return decimals;
			}
		}
		return Math.max(axisDecimals, 2);
	}

	private static String pairs(List<String> categories, List<Double> values, Numbers n) {
		List<String> pairs = new ArrayList<>();
		for (int i = 0; i < categories.size() && i < values.size(); i++) {
			Double value = values.get(i);
			pairs.add(categories.get(i) + " " + ((value != null && !value.isNaN()) ? n.number(value) : "–"));
		}
		return String.join("; ", pairs);
	}

	/**
	 * A series' name with the measure of the value axis, the measure named once where the
	 * name already says it (a single series named like its axis).
	 */
	static String measure(String series, String axis) {
		if (axis.isBlank() || series.equals(axis)) {
			return series;
		}
		if (axis.startsWith(series)) {
			return axis;
		}
		return series + " (" + axis + ")";
	}

	private static String tone(Map<Tone, String> words, @Nullable Tone tone) {
		String word = (tone != null) ? words.get(tone) : null;
		return (word != null) ? " (" + word + ")" : "";
	}

	private static String optional(String label, @Nullable Double rate, Numbers n) {
		return (rate != null) ? label + n.percent(rate) : "";
	}

	/**
	 * Numbers as the chart prints them: its decimals (two for means and gaps), the
	 * locale's minus and comma.
	 */
	private record Numbers(NumberFormat decimal, NumberFormat share) {

		Numbers(Locale locale, int decimals) {
			this(NumberFormat.getNumberInstance(locale), NumberFormat.getPercentInstance(locale));
			this.decimal.setMinimumFractionDigits(decimals);
			this.decimal.setMaximumFractionDigits(decimals);
		}

		/** The value with a true minus sign; one that prints as zero has no sign. */
		String number(double value) {
			String printed = this.decimal.format(value);
			return printed.matches("[-\u2212][^1-9]*") ? printed.substring(1) : printed.replace('-', '\u2212');
		}

		String percent(double value) {
			return this.share.format(value);
		}

	}

}
