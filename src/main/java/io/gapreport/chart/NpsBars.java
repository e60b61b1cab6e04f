package io.gapreport.chart;

import java.awt.Paint;
import java.text.NumberFormat;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/** Counts per recommendation score, coloured by NPS group. */
final class NpsBars {

	private static final int LAST_DETRACTOR = 6;

	private static final int LAST_PASSIVE = 8;

	private static final Paint DETRACTORS = ChartStyle.CATEGORY[0];

	/** A light grey, so the three groups also differ in grey-scale print. */
	private static final Paint PASSIVES = new java.awt.Color(0xBDBDBD);

	private static final Paint PROMOTERS = ChartStyle.CATEGORY[1];

	private NpsBars() {
	}

	static JFreeChart create(NpsDistributionSpec spec) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (int score = 0; score < NpsDistributionSpec.SCORES; score++) {
			data.addValue(spec.counts().get(score), spec.countAxisLabel(), Integer.toString(score));
		}
		NumberFormat integers = NumberFormat.getIntegerInstance(spec.locale());
		// room above the tallest bar for its value label: a share of the range, and at
		// least the label's height on a short plot
		NumberAxis countAxis = new LabelRoomAxis(ChartStyle.blankToNull(spec.countAxisLabel()),
				spec.counts().stream().mapToInt(Integer::intValue).max().orElse(0));
		countAxis.setNumberFormatOverride(integers);
		countAxis.setAutoRangeIncludesZero(true);
		countAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(spec.locale()));
		countAxis.setUpperMargin(ChartStyle.LABEL_HEADROOM);
		BarRenderer renderer = new BarRenderer() {

			@Override
			public Paint getItemPaint(int row, int column) {
				return groupColour(column);
			}

		};
		renderer.setItemMargin(0);
		renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", integers));
		renderer.setDefaultItemLabelsVisible(true);
		CategoryAxis scoreAxis = new CategoryAxis(ChartStyle.blankToNull(spec.scoreAxisLabel()));
		scoreAxis.setCategoryMargin(0.15);
		CategoryPlot plot = new CategoryPlot(data, scoreAxis, countAxis, renderer);
		JFreeChart chart = ChartStyle.chart(spec.title(), plot, true);
		LegendItemCollection legend = new LegendItemCollection();
		String[] names = { spec.groups().detractors(), spec.groups().passives(), spec.groups().promoters() };
		int[] firstScores = { 0, LAST_DETRACTOR + 1, LAST_PASSIVE + 1 };
		int[] lastScores = { LAST_DETRACTOR, LAST_PASSIVE, NpsDistributionSpec.SCORES - 1 };
		for (int group = 0; group < names.length; group++) {
			// a group nobody is in has no bars, so the legend does not name it
			if (spec.counts().subList(firstScores[group], lastScores[group] + 1).stream().anyMatch((n) -> n > 0)) {
				legend.add(new LegendItem(names[group], groupColour(firstScores[group])));
			}
		}
		plot.setFixedLegendItems(legend);
		return chart;
	}

	/** Neutral category colours: a detractor is not a proven shortfall, so never red. */
	static Paint groupColour(int score) {
		if (score <= LAST_DETRACTOR) {
			return DETRACTORS;
		}
		return (score <= LAST_PASSIVE) ? PASSIVES : PROMOTERS;
	}

}
