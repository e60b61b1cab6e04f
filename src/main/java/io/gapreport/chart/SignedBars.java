package io.gapreport.chart;

import java.awt.BasicStroke;
import java.awt.Paint;
import java.awt.Stroke;
import java.text.NumberFormat;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

import io.gapreport.chart.BarChartSpec.Colouring;

/** Grouped bars of signed values with a zero line. */
final class SignedBars {

	/** Item labels only while they fit beside their bars. */
	private static final int MAX_LABELLED_BARS = 16;

	private SignedBars() {
	}

	static JFreeChart create(BarChartSpec spec) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (Series series : spec.series()) {
			for (int i = 0; i < spec.categories().size(); i++) {
				double value = series.values().get(i);
				data.addValue(Double.isNaN(value) ? null : value, series.name(), spec.categories().get(i));
			}
		}
		NumberFormat format = ChartStyle.decimals(spec.locale(), 2);
		NumberAxis valueAxis = ChartStyle.valueAxis(spec.valueAxisLabel(), format);
		valueAxis.setUpperMargin(0.12);
		valueAxis.setLowerMargin(0.12);
		BarRenderer renderer = new SignRenderer(data, spec.colouring());
		renderer.setItemMargin(0.04);
		renderer.setMaximumBarWidth(0.12);
		renderer.setDrawBarOutline(spec.colouring() == Colouring.BY_SERIES);
		renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", format));
		renderer.setDefaultItemLabelsVisible(data.getRowCount() * data.getColumnCount() <= MAX_LABELLED_BARS);
		CategoryAxis categoryAxis = new CategoryAxis(blankToNull(spec.categoryAxisLabel()));
		categoryAxis.setMaximumCategoryLabelLines(2);
		CategoryPlot plot = new CategoryPlot(data, categoryAxis, valueAxis, renderer);
		plot.addRangeMarker(ChartStyle.zeroLine());
		boolean bySign = spec.colouring() == Colouring.BY_SIGN;
		JFreeChart chart = ChartStyle.chart(spec.title(), plot, !bySign || spec.signLabels() != null);
		if (bySign && spec.signLabels() != null) {
			LegendItemCollection legend = new LegendItemCollection();
			legend.add(new LegendItem(spec.signLabels().shortfall(), ChartStyle.SHORTFALL));
			legend.add(new LegendItem(spec.signLabels().met(), ChartStyle.MET));
			plot.setFixedLegendItems(legend);
		}
		return chart;
	}

	static String blankToNull(String label) {
		return label.isBlank() ? null : label;
	}

	/** Colours bars by their sign, or outlines negative bars in the shortfall colour. */
	private static final class SignRenderer extends BarRenderer {

		private static final Stroke THIN = new BasicStroke(0.5f);

		private final transient CategoryDataset data;

		private final Colouring colouring;

		SignRenderer(CategoryDataset data, Colouring colouring) {
			this.data = data;
			this.colouring = colouring;
		}

		private boolean negative(int row, int column) {
			Number value = this.data.getValue(row, column);
			return value != null && value.doubleValue() < 0;
		}

		@Override
		public Paint getItemPaint(int row, int column) {
			if (this.colouring == Colouring.BY_SIGN) {
				return negative(row, column) ? ChartStyle.SHORTFALL : ChartStyle.MET;
			}
			return ChartStyle.seriesColour(row);
		}

		@Override
		public Paint getItemOutlinePaint(int row, int column) {
			return negative(row, column) ? ChartStyle.SHORTFALL : getItemPaint(row, column);
		}

		@Override
		public Stroke getItemOutlineStroke(int row, int column) {
			return negative(row, column) ? ChartStyle.SHORTFALL_OUTLINE : THIN;
		}

		@Override
		public Paint getSeriesPaint(int series) {
			return ChartStyle.seriesColour(series);
		}

	}

}
