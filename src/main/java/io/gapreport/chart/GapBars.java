package io.gapreport.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Stroke;
import java.awt.geom.Rectangle2D;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.ExtendedCategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

import io.gapreport.chart.GapBarsSpec.Bar;

/**
 * Horizontal bars of the gaps on a symmetric scale, with empty slots for gaps not
 * measured.
 */
final class GapBars {

	/** The smallest half-range: a gap of −0.15 must not fill the plot. */
	static final double LEAST_RANGE = 0.5;

	/** Room past the longest bar for its value label. */
	private static final double LABEL_ROOM = 1.3;

	/** Points: the least room between the zero line and a value label. */
	static final double SHORTEST = 4;

	private static final Stroke INDICATIVE_OUTLINE = new BasicStroke(1.5f);

	static final Color INDICATIVE_TEXT = new Color(0xB35806);

	private GapBars() {
	}

	static JFreeChart create(GapBarsSpec spec) {
		List<Bar> bars = spec.bars();
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		ExtendedCategoryAxis gapAxis = new ExtendedCategoryAxis(null);
		for (Bar bar : bars) {
			data.addValue(bar.value(), "gap", bar.name());
			if (bar.tone() == Tone.INDICATIVE) {
				gapAxis.addSubLabel(bar.name(), spec.labels().tones().get(Tone.INDICATIVE));
			}
		}
		gapAxis.setSubLabelFont(ChartStyle.SMALL.deriveFont(Font.ITALIC));
		gapAxis.setSubLabelPaint(INDICATIVE_TEXT);
		gapAxis.setMaximumCategoryLabelWidthRatio(0.3f);
		gapAxis.setCategoryMargin(0.25);
		gapAxis.setTickMarksVisible(false);
		double half = halfRange(bars);
		NumberAxis valueAxis = ChartStyle.valueAxis(spec.valueAxisLabel(), ChartStyle.decimals(spec.locale(), 2));
		Ticks ticks = Ticks.of(-half, half, 8);
		// both ends on a tick, so the scale reads as symmetric
		half = Math.ceil(half / ticks.step() - 1e-9) * ticks.step();
		ticks.apply(valueAxis, -half, half, ticks.format(spec.locale()));
		BarRenderer renderer = new BarRenderer() {

			@Override
			public Paint getItemPaint(int row, int column) {
				Tone tone = bars.get(column).tone();
				return (tone == Tone.INDICATIVE) ? ChartStyle.INDICATIVE_LIGHT
						: ChartStyle.colour((tone != null) ? tone : Tone.NO_DIFFERENCE);
			}

			@Override
			public Paint getItemOutlinePaint(int row, int column) {
				return (bars.get(column).tone() == Tone.INDICATIVE) ? ChartStyle.INDICATIVE : getItemPaint(row, column);
			}

			@Override
			public Stroke getItemOutlineStroke(int row, int column) {
				return INDICATIVE_OUTLINE;
			}

			// a bar shorter than SHORTEST (+0,01) has its value as far from the zero line
			// as
			// a bar of that length: at the bar's end it touched the line
			@Override
			protected void drawItemLabel(Graphics2D g2, CategoryDataset data, int row, int column, CategoryPlot plot,
					CategoryItemLabelGenerator generator, Rectangle2D bar, boolean negative) {
				Rectangle2D room = (bar.getWidth() >= SHORTEST) ? bar : new Rectangle2D.Double(
						negative ? bar.getMaxX() - SHORTEST : bar.getMinX(), bar.getY(), SHORTEST, bar.getHeight());
				super.drawItemLabel(g2, data, row, column, plot, generator, room, negative);
			}

		};
		renderer.setDrawBarOutline(true);
		renderer.setMaximumBarWidth(0.1);
		renderer.setDefaultItemLabelGenerator(
				new StandardCategoryItemLabelGenerator("{2}", ChartStyle.signed(spec.locale(), 2)));
		renderer.setDefaultItemLabelsVisible(true);
		renderer.setDefaultPositiveItemLabelPosition(
				new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
		renderer.setDefaultNegativeItemLabelPosition(
				new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
		renderer.setItemLabelAnchorOffset(3);
		CategoryPlot plot = new CategoryPlot(data, gapAxis, valueAxis, renderer);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
		// under the bars and the empty slots' text
		plot.addRangeMarker(ChartStyle.zeroLine(), Layer.BACKGROUND);
		for (int i = 0; i < bars.size(); i++) {
			if (!bars.get(i).measured()) {
				plot.addAnnotation(new EmptySlot(i, bars.size(), spec.labels().notMeasured(), -half, half));
			}
		}
		Set<Tone> drawn = drawnTones(bars);
		JFreeChart chart = ChartStyle.chart(spec.title(), plot, !drawn.isEmpty());
		LegendItemCollection legend = new LegendItemCollection();
		for (Tone tone : drawn) {
			legend.add(legendItem(spec.labels().tones().get(tone), tone));
		}
		plot.setFixedLegendItems(legend);
		return chart;
	}

	/**
	 * The half-range of the symmetric scale: at least ±0.5, past the longest bar's label.
	 */
	static double halfRange(List<Bar> bars) {
		double largest = bars.stream()
			.filter(Bar::measured)
			.mapToDouble((bar) -> Math.abs(bar.value()))
			.max()
			.orElse(0);
		return Math.max(LEAST_RANGE, Math.ceil(largest * LABEL_ROOM / LEAST_RANGE) * LEAST_RANGE);
	}

	/** The tones of the bars drawn, in legend order. */
	static Set<Tone> drawnTones(List<Bar> bars) {
		Set<Tone> drawn = EnumSet.noneOf(Tone.class);
		bars.stream().map(Bar::tone).filter(java.util.Objects::nonNull).forEach(drawn::add);
		return drawn;
	}

	private static LegendItem legendItem(String text, Tone tone) {
		Rectangle2D box = new Rectangle2D.Double(-5, -5, 10, 10);
		if (tone == Tone.INDICATIVE) {
			return new LegendItem(text, null, null, null, box, ChartStyle.INDICATIVE_LIGHT, INDICATIVE_OUTLINE,
					ChartStyle.INDICATIVE);
		}
		return new LegendItem(text, null, null, null, box, ChartStyle.colour(tone));
	}

}
