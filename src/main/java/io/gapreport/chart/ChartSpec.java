package io.gapreport.chart;

import java.util.Locale;

/**
 * What one chart of the report shows, independent of how it is drawn. Titles and axis
 * labels arrive already localised; numbers are formatted with {@link #locale()}.
 */
public sealed interface ChartSpec permits BarChartSpec, GapBarsSpec, RangeChartSpec, ScatterChartSpec,
		NpsDistributionSpec, BenchmarkChartSpec, LineChartSpec {

	/**
	 * The chart's title; blank for none (the report usually captions charts itself).
	 * @return the title
	 */
	String title();

	/**
	 * The locale numbers are formatted in, so Polish shows {@code −0,42}.
	 * @return the locale
	 */
	Locale locale();

}
