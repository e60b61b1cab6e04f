package io.gapreport.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;
import java.text.NumberFormat;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The one look of every chart: Liberation Sans, white background, light grid, flat bars
 * and a palette in which shortfall is always the same dark red. Shortfall and met also
 * differ in lightness, so they stay apart in grey-scale print.
 */
final class ChartStyle {

	/** Shortfall: dark red, about 25% lightness. */
	static final Color SHORTFALL = new Color(0xB2182B);

	/** Met or exceeded: light teal, about 65% lightness. */
	static final Color MET = new Color(0x67A9CF);

	/** Neither: mid grey (NPS passives, intervals that include zero). */
	static final Color NEUTRAL = new Color(0xB0B0B0);

	/** Series colours: blues and greys only, never red, dark to light. */
	static final Color[] SERIES = { new Color(0x08306B), new Color(0x2171B5), new Color(0x6BAED6), new Color(0x9ECAE1),
			new Color(0x525252), new Color(0x969696) };

	static final Color TEXT = new Color(0x222222);

	static final Color AXIS = new Color(0x666666);

	static final Color GRID = new Color(0xDDDDDD);

	static final Stroke ZERO_LINE = new BasicStroke(1.0f);

	static final Stroke SHORTFALL_OUTLINE = new BasicStroke(1.5f);

	static final Font TITLE = LiberationSans.awtFont(Font.BOLD, 11f);

	static final Font LABEL = LiberationSans.awtFont(Font.PLAIN, 9f);

	static final Font TICK = LiberationSans.awtFont(Font.PLAIN, 8f);

	static final Font SMALL = LiberationSans.awtFont(Font.PLAIN, 7.5f);

	private static final StandardChartTheme THEME = theme();

	static {
		// JFreeChart's default draws rotated text (the vertical axis label) through
		// TextLayout, which PdfGraphics2D turns into glyph outlines: unsearchable shapes
		// instead of embedded-font text. This is a JVM-wide JFreeChart setting.
		TextUtils.setUseDrawRotatedStringWorkaround(false);
	}

	private ChartStyle() {
	}

	static JFreeChart chart(String title, Plot plot, boolean legend) {
		JFreeChart chart = new JFreeChart(title.isBlank() ? null : title, TITLE, plot, legend);
		THEME.apply(chart);
		chart.setPadding(new RectangleInsets(4, 4, 4, 4));
		chart.setTextAntiAlias(true);
		if (chart.getLegend() != null) {
			chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
		}
		return chart;
	}

	static Paint seriesColour(int index) {
		return SERIES[index % SERIES.length];
	}

	static NumberFormat decimals(Locale locale, int fractionDigits) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(fractionDigits);
		format.setMaximumFractionDigits(fractionDigits);
		return format;
	}

	static NumberFormat percent(Locale locale) {
		return NumberFormat.getPercentInstance(locale);
	}

	static NumberAxis valueAxis(String label, NumberFormat format) {
		NumberAxis axis = new NumberAxis(label.isBlank() ? null : label);
		axis.setNumberFormatOverride(format);
		axis.setAutoRangeIncludesZero(true);
		return axis;
	}

	static ValueMarker zeroLine() {
		ValueMarker marker = new ValueMarker(0.0, AXIS, ZERO_LINE);
		return marker;
	}

	private static StandardChartTheme theme() {
		StandardChartTheme theme = new StandardChartTheme("gap-report", false);
		theme.setExtraLargeFont(TITLE);
		theme.setLargeFont(LABEL);
		theme.setRegularFont(TICK);
		theme.setSmallFont(SMALL);
		theme.setTitlePaint(TEXT);
		theme.setSubtitlePaint(TEXT);
		theme.setChartBackgroundPaint(Color.WHITE);
		theme.setLegendBackgroundPaint(Color.WHITE);
		theme.setLegendItemPaint(TEXT);
		theme.setPlotBackgroundPaint(Color.WHITE);
		theme.setPlotOutlinePaint(Color.WHITE);
		theme.setDomainGridlinePaint(GRID);
		theme.setRangeGridlinePaint(GRID);
		theme.setAxisLabelPaint(TEXT);
		theme.setTickLabelPaint(TEXT);
		theme.setItemLabelPaint(TEXT);
		theme.setBarPainter(new StandardBarPainter());
		theme.setXYBarPainter(new StandardXYBarPainter());
		theme.setShadowVisible(false);
		theme.setAxisOffset(RectangleInsets.ZERO_INSETS);
		theme.setDrawingSupplier(new DefaultDrawingSupplier(SERIES, new Paint[] { Color.WHITE }, new Paint[] { AXIS },
				new Stroke[] { new BasicStroke(1.5f) }, new Stroke[] { new BasicStroke(0.5f) },
				DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
		return theme;
	}

}
