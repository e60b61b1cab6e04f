package io.gapreport.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
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
import org.jspecify.annotations.Nullable;

/**
 * The one look of every chart: Liberation Sans, white background, light grid, flat bars,
 * and the report's one palette. Red means a proven shortfall and nothing else; amber a
 * lead to check (always with the word); grey no significant difference; blue exceeded;
 * categories (expected and perceived, managers and customers, NPS groups, best and rest)
 * take neutral blues, greys and teal. Negative numbers carry a true minus sign (U+2212).
 */
final class ChartStyle {

	/** The minus sign printed before every negative number. */
	static final char MINUS = '\u2212';

	/** A proven shortfall: the interval lies wholly below zero. */
	static final Color SHORTFALL = new Color(0xB2182B);

	/** Indicative: a finding from too few managers or visits, drawn as an outline. */
	static final Color INDICATIVE = new Color(0xE08214);

	/** The light fill inside an indicative outline. */
	static final Color INDICATIVE_LIGHT = new Color(0xFDE0B2);

	/** No significant difference: the interval reaches zero. */
	static final Color NO_DIFFERENCE = new Color(0x9E9E9E);

	/** Exceeded: the interval lies wholly above zero. */
	static final Color EXCEEDED = new Color(0x2166AC);

	/** Category colours, never red or amber: dark grey, blue, light blue, grey, teal. */
	static final Color[] CATEGORY = { new Color(0x525252), new Color(0x4393C3), new Color(0x92C5DE),
			new Color(0x969696), new Color(0x01665E) };

	/** The frame and text of a slot left empty because nothing was measured. */
	static final Color EMPTY = new Color(0xBDBDBD);

	static final Color TEXT = new Color(0x222222);

	static final Color AXIS = new Color(0x666666);

	static final Color GRID = new Color(0xDDDDDD);

	static final Stroke ZERO_LINE = new BasicStroke(1.0f);

	static final Stroke SHORTFALL_OUTLINE = new BasicStroke(1.5f);

	static final Font TITLE = LiberationSans.awtFont(Font.BOLD, 11f);

	static final Font LABEL = LiberationSans.awtFont(Font.PLAIN, 9f);

	static final Font TICK = LiberationSans.awtFont(Font.PLAIN, 8f);

	/**
	 * The share of a bar chart's value span left above the tallest bar, so the value
	 * label over it is drawn whole.
	 */
	static final double LABEL_HEADROOM = 0.2;

	static final Font SMALL = LiberationSans.awtFont(Font.PLAIN, 7.5f);

	private static final FontRenderContext EXACT = new FontRenderContext(null, true, true);

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

	static Color categoryColour(int index) {
		return CATEGORY[index % CATEGORY.length];
	}

	static Color colour(Tone tone) {
		return switch (tone) {
			case SHORTFALL -> SHORTFALL;
			case INDICATIVE -> INDICATIVE;
			case EXCEEDED -> EXCEEDED;
			case NO_DIFFERENCE, NOT_MEASURED, PLAIN -> NO_DIFFERENCE;
		};
	}

	/** Numbers with a fixed number of decimals and a true minus sign: {@code −0,42}. */
	static NumberFormat decimals(Locale locale, int fractionDigits) {
		DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
		DecimalFormatSymbols symbols = format.getDecimalFormatSymbols();
		symbols.setMinusSign(MINUS);
		format.setDecimalFormatSymbols(symbols);
		format.setMinimumFractionDigits(fractionDigits);
		format.setMaximumFractionDigits(fractionDigits);
		return format;
	}

	/**
	 * Signed numbers, the way the report prints gaps: {@code +0.20}, {@code 0.00},
	 * {@code −0.15}.
	 */
	static NumberFormat signed(Locale locale, int fractionDigits) {
		return new SignedFormat(decimals(locale, fractionDigits));
	}

	/** Whole percentages: {@code 62%}, {@code 62 %}. */
	static NumberFormat percent(Locale locale) {
		NumberFormat format = NumberFormat.getPercentInstance(locale);
		format.setMaximumFractionDigits(0);
		return format;
	}

	static NumberAxis valueAxis(String label, NumberFormat format) {
		NumberAxis axis = new NumberAxis(label.isBlank() ? null : label);
		axis.setNumberFormatOverride(format);
		axis.setAutoRangeIncludesZero(true);
		return axis;
	}

	/**
	 * The width of a text as the PDF draws it: with fractional glyph advances, which the
	 * PDF graphics' own integer font metrics underestimate.
	 */
	static double width(Font font, String text) {
		return font.getStringBounds(text, EXACT).getWidth();
	}

	/** The height of one line of a font: ascent plus descent. */
	static double lineHeight(Font font) {
		return font.getLineMetrics("Xg", EXACT).getAscent() + font.getLineMetrics("Xg", EXACT).getDescent();
	}

	/** The ascent of a font, from the top of its line to its baseline. */
	static double ascent(Font font) {
		return font.getLineMetrics("Xg", EXACT).getAscent();
	}

	static @Nullable String blankToNull(String label) {
		return label.isBlank() ? null : label;
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
		theme.setDrawingSupplier(new DefaultDrawingSupplier(CATEGORY, new Paint[] { Color.WHITE }, new Paint[] { AXIS },
				new Stroke[] { new BasicStroke(1.5f) }, new Stroke[] { new BasicStroke(0.5f) },
				DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
		return theme;
	}

}
