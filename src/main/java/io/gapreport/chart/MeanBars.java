package io.gapreport.chart;

import java.text.NumberFormat;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/** Grouped bars of means on the answer scale, one neutral colour per series. */
final class MeanBars {

	/** Item labels only while they fit above their bars. */
	private static final int MAX_LABELLED_BARS = 16;

	private MeanBars() {
	}

	static JFreeChart create(BarChartSpec spec) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (Series series : spec.drawnSeries()) {
			for (int i = 0; i < spec.categories().size(); i++) {
				double value = series.values().get(i);
				data.addValue(Double.isNaN(value) ? null : value, series.name(), spec.categories().get(i));
			}
		}
		// numbers and grid lines on the scale only, none in the room kept past its top
		NumberAxis valueAxis = new ScaleAxis(ChartStyle.blankToNull(spec.valueAxisLabel()), spec.scaleMin(),
				spec.scaleMax());
		Ticks ticks = Ticks.of(spec.scaleMin(), spec.scaleMax(), 6);
		// room above the top of the scale for the value labels, short of a tick past it
		double headroom = Math.min((spec.scaleMax() - spec.scaleMin()) * ChartStyle.LABEL_HEADROOM,
				ticks.step() * 0.95);
		double top = spec.scaleMax() + headroom;
		ticks.apply(valueAxis, spec.scaleMin(), top, ticks.format(spec.locale()));
		NumberFormat labels = ChartStyle.decimals(spec.locale(), spec.labelDecimals());
		BarRenderer renderer = new BarRenderer();
		renderer.setItemMargin(0.04);
		renderer.setMaximumBarWidth(0.12);
		// bars grow from the scale's minimum, where the axis starts
		renderer.setBase(spec.scaleMin());
		renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", labels));
		renderer.setDefaultItemLabelsVisible(data.getRowCount() * data.getColumnCount() <= MAX_LABELLED_BARS);
		CategoryAxis categoryAxis = new CategoryAxis(ChartStyle.blankToNull(spec.categoryAxisLabel()));
		categoryAxis.setMaximumCategoryLabelLines(2);
		CategoryPlot plot = new CategoryPlot(data, categoryAxis, valueAxis, renderer);
		JFreeChart chart = ChartStyle.chart(spec.title(), plot, true);
		for (int i = 0; i < data.getRowCount(); i++) {
			renderer.setSeriesPaint(i, ChartStyle.categoryColour(i));
		}
		return chart;
	}

}
