package io.gapreport.chart;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Our rate per channel (a bar) against the best organisations' and the rest's rates
 * (markers), for example first-contact resolution by phone, e-mail and chat. Our bar is a
 * shortfall when it is below the rest.
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

	/**
	 * Rates of one channel, as fractions from 0 to 1.
	 *
	 * @param name the channel name
	 * @param ours our rate
	 * @param best the best organisations' rate
	 * @param rest the other organisations' rate
	 */
	public record Channel(String name, double ours, double best, double rest) {

		public Channel {
			Objects.requireNonNull(name, "name");
			for (double rate : new double[] { ours, best, rest }) {
				if (!(rate >= 0 && rate <= 1)) {
					throw new IllegalArgumentException("Rates of '%s' must lie in [0, 1]: %s".formatted(name, rate));
				}
			}
		}

	}

	/**
	 * Legend texts.
	 *
	 * @param ours our rate
	 * @param oursBelowRest our rate where it is below the rest (the shortfall colour)
	 * @param best the best organisations
	 * @param rest the other organisations
	 */
	public record Labels(String ours, String oursBelowRest, String best, String rest) {

		public Labels {
			Objects.requireNonNull(ours, "ours");
			Objects.requireNonNull(oursBelowRest, "oursBelowRest");
			Objects.requireNonNull(best, "best");
			Objects.requireNonNull(rest, "rest");
		}

	}

}
