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

	private NpsBars() {
	}

	static JFreeChart create(NpsDistributionSpec spec) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (int score = 0; score < NpsDistributionSpec.SCORES; score++) {
			data.addValue(spec.counts().get(score), spec.countAxisLabel(), Integer.toString(score));
		}
		NumberFormat integers = NumberFormat.getIntegerInstance(spec.locale());
		NumberAxis countAxis = ChartStyle.valueAxis(spec.countAxisLabel(), integers);
		countAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(spec.locale()));
		countAxis.setUpperMargin(0.12);
		BarRenderer renderer = new BarRenderer() {

			@Override
			public Paint getItemPaint(int row, int column) {
				return groupColour(column);
			}

		};
		renderer.setItemMargin(0);
		renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", integers));
		renderer.setDefaultItemLabelsVisible(true);
		CategoryAxis scoreAxis = new CategoryAxis(SignedBars.blankToNull(spec.scoreAxisLabel()));
		scoreAxis.setCategoryMargin(0.15);
		CategoryPlot plot = new CategoryPlot(data, scoreAxis, countAxis, renderer);
		JFreeChart chart = ChartStyle.chart(spec.title(), plot, true);
		LegendItemCollection legend = new LegendItemCollection();
		legend.add(new LegendItem(spec.groups().detractors(), ChartStyle.SHORTFALL));
		legend.add(new LegendItem(spec.groups().passives(), ChartStyle.NEUTRAL));
		legend.add(new LegendItem(spec.groups().promoters(), ChartStyle.MET));
		plot.setFixedLegendItems(legend);
		return chart;
	}

	static Paint groupColour(int score) {
		if (score <= LAST_DETRACTOR) {
			return ChartStyle.SHORTFALL;
		}
		return (score <= LAST_PASSIVE) ? ChartStyle.NEUTRAL : ChartStyle.MET;
	}

}
