package io.gapreport.scoring;

import java.util.List;

import io.gapreport.survey.Level;
import org.jspecify.annotations.Nullable;

/**
 * What customers said ({@code voice.md}): how many commented, the quotes beside the level
 * findings and the themes they talk about.
 *
 * @param comments kept customers with a non-blank comment
 * @param quotes shortfall quotes in the order of the level actions, then exceeded ones in
 * level order
 * @param themes by mentions, most first, then in sheet order; empty without a Themes
 * sheet
 * @param hasThemes whether the workbook lists any theme
 */
public record Voice(int comments, List<Quote> quotes, List<ThemeScore> themes, boolean hasThemes) {

	/** Nothing said: no comment, no theme. */
	public static final Voice NONE = new Voice(0, List.of(), List.of(), false);

	public Voice {
		quotes = List.copyOf(quotes);
		themes = List.copyOf(themes);
	}

	/** The quotes for {@code level}, in order. */
	public List<Quote> quotes(Level level) {
		return this.quotes.stream().filter((quote) -> quote.level() == level).toList();
	}

	/**
	 * One quote: a masked comment printed beside a level finding, never attributed.
	 *
	 * @param level the level it stands beside
	 * @param kind {@link LevelStatus#SHORTFALL} or {@link LevelStatus#EXCEEDED}
	 * @param text the masked text
	 */
	public record Quote(Level level, LevelStatus kind, String text) {
	}

	/**
	 * One theme of the Themes sheet over the comments.
	 *
	 * @param theme the theme as printed
	 * @param mentions commenters whose comment mentions it
	 * @param share mentions / comments (0 without comments)
	 * @param indicative whether fewer than {@code min_group_size} mention it
	 * @param nps NPS of the mentioning customers; null when indicative or none answered
	 * @param npsRest NPS of the other commenters; null when indicative or none answered
	 * @param overallVsRest the mentioning customers' overall values against the other
	 * commenters'; null when indicative or either side has fewer than 2 values
	 */
	public record ThemeScore(String theme, int mentions, double share, boolean indicative, @Nullable Double nps,
			@Nullable Double npsRest, @Nullable RestGap overallVsRest) {
	}

	/**
	 * A group's mean against the rest's: the difference with its 95% Welch interval.
	 *
	 * @param diff mean of the group − mean of the rest
	 * @param low lower end of the interval
	 * @param high upper end of the interval
	 */
	public record RestGap(double diff, double low, double high) {

		/**
		 * {@code below} when the interval lies below zero, {@code above} above it, else
		 * {@code no_difference}.
		 */
		public String status() {
			return (this.high < 0) ? "below" : (this.low > 0) ? "above" : "no_difference";
		}

	}

}
