package io.gapreport.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.gapreport.chart.ChartSpec;
import org.jspecify.annotations.Nullable;

/**
 * Everything one report shows, already worded and formatted in the report's language: the
 * templates only lay it out. A section with nothing measured is left out (its
 * {@code measured} is false) and named once in {@link WhatToDo#collect()}. Charts are
 * referred to by id and drawn from {@link #charts()}.
 *
 * <p>
 * Tones, used as CSS classes: {@code shortfall} (proven, the only red),
 * {@code indicative} (a lead to check, amber), {@code no_difference} (grey),
 * {@code exceeded} (blue), {@code not_measured}, and {@code plain} (nothing to flag).
 *
 * @param language the report's language, e.g. {@code pl}
 * @param t every fixed label of the report, by message key
 * @param header client, wave and counts, at the top of page 1
 * @param decision page 1: what to fix first
 * @param whatToDo the actions page and what to collect next
 * @param gaps the five gaps and the perception gap
 * @param levels the four expectation levels
 * @param items every question, worst gap first
 * @param management management versus customers, per level
 * @param ipa the importance–performance matrix
 * @param nps the Net Promoter Score
 * @param fcr first-contact resolution per channel
 * @param breakdowns segments and channels
 * @param trend this client's waves
 * @param methods methods and data quality
 * @param charts every chart, by id
 * @param units the unit's standing (a unit's report) or the Units section (a client's)
 */
public record ReportModel(String language, Map<String, String> t, Header header, Decision decision, WhatToDo whatToDo,
		Gaps gaps, Levels levels, Items items, Management management, Ipa ipa, Nps nps, Fcr fcr, Breakdowns breakdowns,
		Trend trend, Methods methods, Map<String, ChartSpec> charts, Units units, Themes themes) {

	/**
	 * Units: in a unit's report its name and its standing against the rest (page 1); in a
	 * client's report the Units section's rows.
	 *
	 * @param unitName the unit a unit's report is about; null in a client's report
	 * @param standing a unit's report: per level, overall and NPS, against the rest
	 * @param rows a client's report: every unit, suppressed ones last
	 * @param intro the words above the table
	 */
	public record Units(@Nullable String unitName, List<StandingRow> standing, List<UnitRow> rows, String intro) {
	}

	/**
	 * A unit against the rest on one level (or overall, or NPS), with its status in
	 * words.
	 */
	public record StandingRow(String name, String diff, String interval, String status, String tone) {
	}

	/**
	 * One unit of the Units section; a suppressed unit has its count and {@code nps}
	 * holds why it is not shown.
	 */
	public record UnitRow(String name, String n, String gap5, String interval, List<StandingRow> levels, String nps,
			boolean suppressed) {
	}

	/** Who and what the report is about, and the document's metadata. */
	public record Header(String title, String client, String wave, @Nullable String waveDate, String reportDate,
			@Nullable String consultant, String customers, String managers, String audits, String scale, String subject,
			String keywords, Locale locale) {
	}

	/**
	 * Page 1: a headline, the first proven actions, one line of leads to confirm, the
	 * trend and evidence lines, the levels, the gaps, NPS and first-contact resolution.
	 *
	 * @param toConfirm the indicative findings with what would confirm them, or null
	 * @param trend the change of the overall customer gap since the previous wave, or
	 * null
	 * @param evidence how many managers and audit visits the gap findings rest on, or
	 * null
	 */
	public record Decision(String headline, String headlineTone, String overall, List<LevelRow> levels,
			List<GapRow> gaps, String gapsNote, String nps, List<FcrRow> fcr, @Nullable String fcrSources,
			List<ActFirst> actFirst, @Nullable String more, @Nullable String notMeasured, @Nullable String toConfirm,
			@Nullable String trend, @Nullable String evidence) {
	}

	/**
	 * One of the first proven actions on page 1: its questions by text (or its channel),
	 * owner, first step and goal.
	 */
	public record ActFirst(String title, String questions, String owner, String step, String goal, String tone) {
	}

	/** The "What to do" page. */
	public record WhatToDo(List<ActionRow> actions, List<String> collect, List<String> sources) {
	}

	/**
	 * One finding to act on; {@code codes} names its questions (or its channel) for page
	 * 1, and {@code step} is its first action as page 1 shows it, without the question
	 * the finding already names (blank for a lead, which holds no actions).
	 */
	public record ActionRow(String title, String finding, String tone, List<EvidenceRow> evidence, String codes,
			String why, List<String> dos, String step, String owner, String target, List<String> quotes) {
	}

	/** A question an action rests on, with its value of the gap in question. */
	public record EvidenceRow(String code, String text, String value, String interval, String tone) {
	}

	/** One gap of the gaps model, or the perception gap. */
	public record GapRow(String key, String name, String value, String n, String interval, String status, String tone,
			String between, String causes, String close) {
	}

	/** The gaps section. */
	public record Gaps(List<GapRow> rows, String note) {
	}

	/**
	 * One expectation level; {@code flags} name what weakens it (alpha, one question).
	 */
	public record LevelRow(String key, String name, String wants, String items, String expected, String perceived,
			String gap, String interval, String shareMet, String alpha, String status, String statusKey,
			List<String> flags) {
	}

	/** The levels section; {@code pyramid} is top (advice) to bottom (accuracy). */
	public record Levels(List<LevelRow> rows, List<LevelRow> pyramid) {
	}

	/** One question. */
	public record ItemRow(String code, String text, String level, String expected, String perceived, String gap,
			String interval, String shareMet, boolean shortfall) {
	}

	/** The items section. */
	public record Items(List<ItemRow> rows) {
	}

	/** One level, management versus customers, each gap with its interval. */
	public record ManagementRow(String level, String managerExpects, String customersExpect, String gap1,
			String gap1Interval, String gap1Tone, String managerPerceives, String customersPerceive, String perception,
			String perceptionInterval, String perceptionTone) {
	}

	/**
	 * The management section; {@code overrated} when the perception gap proves that
	 * management overrates the service, the only case the study of such firms is cited.
	 */
	public record Management(boolean measured, String sentence, boolean overrated, String evidence,
			List<ManagementRow> rows) {
	}

	/**
	 * The importance–performance section; {@code note} says how the verdicts follow the
	 * evidence, or that the importances do not tell the questions apart.
	 */
	public record Ipa(boolean measured, String intro, String note) {
	}

	/**
	 * The Themes section ({@code voice.md}): without a Themes sheet only {@code intro},
	 * the line saying what one would add; {@code praise} holds the quotes beside the
	 * levels that exceed expectations.
	 */
	public record Themes(boolean measured, String intro, List<ThemeRow> rows, List<Praise> praise, boolean chart) {
	}

	/**
	 * One theme: mentions and share; for a theme enough customers mention, NPS of those
	 * who do against the other commenters and their overall gap against the rest, with
	 * its interval and status (blank for an indicative theme).
	 */
	public record ThemeRow(String theme, String mentions, String share, String nps, String gap, String interval,
			String status, String note, String tone) {
	}

	/** The quotes beside a level whose expectations are exceeded. */
	public record Praise(String level, List<String> quotes) {
	}

	/** The NPS section. */
	public record Nps(boolean measured, String score, String counts) {
	}

	/**
	 * One channel's first-contact resolution against its benchmark and the source of it,
	 * with the rate's 95% interval.
	 */
	public record FcrRow(String channel, String n, String rate, String best, String rest, String position, String tone,
			String source, String interval) {
	}

	/** The first-contact-resolution section. */
	public record Fcr(boolean measured, boolean charted, List<FcrRow> rows) {
	}

	/** One segment or channel. */
	public record BreakdownRow(String by, String value, String n, boolean suppressed, List<String> levels,
			String overall) {
	}

	/** The breakdowns section. */
	public record Breakdowns(boolean measured, String intro, List<BreakdownRow> rows) {
	}

	/**
	 * One wave of the trend: the date it closed, whom it rests on, the customer gap with
	 * its 95% interval and NPS with its 95% margin.
	 */
	public record TrendRow(String wave, String date, String customers, String managers, String audits, String gap,
			String gapInterval, String nps, String npsMargin) {
	}

	/** One level's customer gap in the previous and this wave, and whether it changed. */
	public record LevelTrendRow(String level, String previous, String current, String change, String verdict) {
	}

	/**
	 * The trend section; shown only from the second wave on. {@code verdicts} say whether
	 * the overall gap and NPS got better or worse and whether beyond chance;
	 * {@code notes} flag a wave that rests on far fewer or far more managers or audit
	 * visits.
	 */
	public record Trend(boolean charted, String previousWave, String currentWave, List<TrendRow> rows,
			List<String> verdicts, List<LevelTrendRow> levels, List<String> notes) {
	}

	/** One problem found in the workbook. */
	public record ProblemRow(String where, String value, String reason) {
	}

	/** One level's consistency, flagged when below 0.7. */
	public record AlphaRow(String level, String alpha, @Nullable String flag) {
	}

	/** The methods and data-quality section. */
	public record Methods(String sample, @Nullable String firstWave, List<String> explanations, List<AlphaRow> alphas,
			String quality, List<ProblemRow> firstProblems) {
	}

}
