package io.gapreport.report;

import java.util.ArrayList;
import java.util.List;

import io.gapreport.chart.BarChartSpec;
import io.gapreport.chart.Series;
import io.gapreport.chart.Tone;
import io.gapreport.scoring.LevelStatus;
import io.gapreport.scoring.Voice;
import io.gapreport.survey.Level;

/**
 * What customers said ({@code voice.md}) as the report shows it: the quotes beside each
 * level finding, and the Themes section with its chart of shares. Quotes are the masked
 * texts only, never attributed.
 */
final class VoiceSection {

	private VoiceSection() {
	}

	/**
	 * The quotes beside the finding on {@code level}, each in the language's quote marks.
	 */
	static List<String> quotes(Wording w, Level level) {
		return w.scores().voice().quotes(level).stream().map((quote) -> quoted(w, quote)).toList();
	}

	private static String quoted(Wording w, Voice.Quote quote) {
		return w.m().raw("voice.quote").replace("{0}", quote.text());
	}

	/** The Themes section: one line without a Themes sheet. */
	static ReportModel.Themes themes(Wording w, boolean hasChart) {
		Voice voice = w.scores().voice();
		List<ReportModel.Praise> praise = new ArrayList<>();
		for (Level level : Level.values()) {
			List<String> quotes = voice.quotes(level)
				.stream()
				.filter((quote) -> quote.kind() == LevelStatus.EXCEEDED)
				.map((quote) -> quoted(w, quote))
				.toList();
			if (!quotes.isEmpty()) {
				praise.add(new ReportModel.Praise(w.level(level), quotes));
			}
		}
		if (!voice.hasThemes()) {
			return new ReportModel.Themes(false, w.m().get("themes.none"), List.of(), praise, false);
		}
		String intro = w.m()
			.get("themes.intro", w.f().count(voice.comments()), w.f().count(w.scores().engagement().minGroupSize()));
		List<ReportModel.ThemeRow> rows = voice.themes().stream().map((theme) -> row(w, theme)).toList();
		return new ReportModel.Themes(true, intro, rows, praise, hasChart);
	}

	private static ReportModel.ThemeRow row(Wording w, Voice.ThemeScore theme) {
		String mentions = w.f().count(theme.mentions());
		String share = w.f().percent(theme.share());
		if (theme.indicative()) {
			return new ReportModel.ThemeRow(theme.theme(), mentions, share, "", "", "", "", "", Tone.INDICATIVE.css());
		}
		String nps = w.m().get("themes.nps.pair", w.f().points(theme.nps()), w.f().points(theme.npsRest()));
		Voice.RestGap gap = theme.overallVsRest();
		if (gap == null) {
			return new ReportModel.ThemeRow(theme.theme(), mentions, share, nps, w.f().notMeasured(), "", "", "",
					Tone.PLAIN.css());
		}
		Tone tone = switch (gap.status()) {
			case "below" -> Tone.SHORTFALL;
			case "above" -> Tone.EXCEEDED;
			default -> Tone.NO_DIFFERENCE;
		};
		return new ReportModel.ThemeRow(theme.theme(), mentions, share, nps, w.f().gap(gap.diff()),
				w.interval(new io.gapreport.scoring.Interval(gap.low(), gap.high())),
				w.m().get("themes.status." + gap.status()), "", tone.css());
	}

	/** The chart of the themes' shares of comments, in whole percent. */
	static BarChartSpec chart(Wording w) {
		List<Voice.ThemeScore> themes = w.scores().voice().themes();
		return new BarChartSpec("", "", w.m().get("themes.chart.axis"),
				themes.stream().map(Voice.ThemeScore::theme).toList(),
				List.of(new Series(w.m().get("themes.chart.series"),
						themes.stream().map((theme) -> (double) Math.round(100 * theme.share())).toList())),
				0, 100, w.f().locale(), 0);
	}

}
