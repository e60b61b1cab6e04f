package io.gapreport.chart;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Our rate per channel (a bar, as a percentage, with its 95% interval as a whisker under
 * it) against the best organisations' and the rest's rates (markers), for example
 * first-contact resolution by phone, e-mail and chat. Every channel is drawn, in the
 * order given; a channel without a benchmark has no markers. Bars are a category colour:
 * the table beside the chart says which position is proven.
 *
 * @param title the title, blank for none
 * @param rateAxisLabel the label of the rate axis
 * @param channels the channels in display order
 * @param labels the legend texts
 * @param locale the percentage format locale
 */
public record BenchmarkChartSpec(String title, String rateAxisLabel, List<Channel> channels, Labels labels,
		Locale locale) implements ChartSpec {

	public BenchmarkChartSpec {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(labels, "labels");
		Objects.requireNonNull(locale, "locale");
		channels = List.copyOf(channels);
	}

	/** Whether any channel has a benchmark, so that its markers are drawn and named. */
	boolean benchmarked() {
		return this.channels.stream().anyMatch((channel) -> channel.best() != null);
	}

	/**
	 * Rates of one channel, as fractions from 0 to 1.
	 *
	 * @param name the channel name
	 * @param ours our rate
	 * @param best the best organisations' rate, or null without a benchmark
	 * @param rest the other organisations' rate, or null without a benchmark
	 * @param low the lower end of our rate's 95% interval, or null for none
	 * @param high the upper end of our rate's 95% interval, or null for none
	 */
	public record Channel(String name, double ours, @Nullable Double best, @Nullable Double rest, @Nullable Double low,
			@Nullable Double high) {

		/** A channel without an interval. */
		public Channel(String name, double ours, @Nullable Double best, @Nullable Double rest) {
			this(name, ours, best, rest, null, null);
		}

		public Channel {
			Objects.requireNonNull(name, "name");
			if ((best == null) != (rest == null)) {
				throw new IllegalArgumentException("Channel '%s' needs both benchmark rates or none".formatted(name));
			}
			if ((low == null) != (high == null) || (low != null && !(low <= ours && ours <= high))) {
				throw new IllegalArgumentException(
						"Channel '%s' needs an interval around its rate or none".formatted(name));
			}
			for (Double rate : new Double[] { ours, best, rest, low, high }) {
				if (rate != null && !(rate >= 0 && rate <= 1)) {
					throw new IllegalArgumentException("Rates of '%s' must lie in [0, 1]: %s".formatted(name, rate));
				}
			}
		}

	}

	/**
	 * Legend texts.
	 *
	 * @param ours our rate
	 * @param best the best organisations
	 * @param rest the other organisations
	 */
	public record Labels(String ours, String best, String rest) {

		public Labels {
			Objects.requireNonNull(ours, "ours");
			Objects.requireNonNull(best, "best");
			Objects.requireNonNull(rest, "rest");
		}

	}

}
