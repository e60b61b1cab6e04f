package io.gapreport.report;

import java.util.List;
import java.util.Map;

import io.gapreport.chart.ChartSpec;
import org.jspecify.annotations.Nullable;

/**
 * Everything one report shows, already worded and formatted in the report's language: the
 * templates only lay it out. Charts are referred to by id and drawn from
 * {@link #charts()}.
 *
 * @param language the report's language, e.g. {@code pl}
 * @param t every fixed label of the report, by message key
 * @param cover the cover page
 * @param summary the executive summary
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
 */
public record ReportModel(String language, Map<String, String> t, Cover cover, Summary summary, Gaps gaps,
		Levels levels, Items items, Management management, Ipa ipa, Nps nps, Fcr fcr, Breakdowns breakdowns,
		Trend trend, Methods methods, Map<String, ChartSpec> charts) {

	/** The cover and the document's metadata. */
	public record Cover(String title, String client, String wave, String waveDate, String reportDate,
			@Nullable String consultant, String customers, String managers, String audits, String scale, String subject,
			String keywords, java.util.Locale locale) {
	}

	/** Page 1: the few sentences a manager reads. */
	public record Summary(String overall, String nps, String priority, @Nullable String priorityAdvice,
			boolean priorityIsShortfall, List<ItemRow> topItems, String perception) {
	}

	/** One gap of the gaps model, or the perception gap. */
	public record GapRow(String key, String name, String value, boolean measured, boolean shortfall, String between,
			String causes, String close, @Nullable String howToMeasure) {
	}

	/** The gaps section. */
	public record Gaps(List<GapRow> rows, boolean anyMeasured) {
	}

	/** One expectation level. */
	public record LevelRow(String key, String name, String wants, String items, String expected, String perceived,
			String gap, String interval, String shareMet, String alpha, String status, String statusKey) {
	}

	/** The levels section; {@code pyramid} is top (advice) to bottom (accuracy). */
	public record Levels(List<LevelRow> rows, List<LevelRow> pyramid, boolean anyMeasured) {
	}

	/** One question. */
	public record ItemRow(String code, String text, String level, String expected, String perceived, String gap,
			String interval, String shareMet, boolean shortfall) {
	}

	/** The items section. */
	public record Items(List<ItemRow> rows) {
	}

	/** One level, management versus customers. */
	public record ManagementRow(String level, String managerExpects, String customersExpect, String gap1,
			String managerPerceives, String customersPerceive, String perception, boolean gap1Shortfall,
			boolean perceptionShortfall) {
	}

	/** The management section. */
	public record Management(boolean measured, String sentence, List<ManagementRow> rows) {
	}

	/** The importance–performance section. */
	public record Ipa(boolean measured, String intro) {
	}

	/** The NPS section. */
	public record Nps(boolean measured, String score, String counts) {
	}

	/** One channel's first-contact resolution. */
	public record FcrRow(String channel, String n, String rate, String best, String rest, String position,
			boolean shortfall) {
	}

	/** The first-contact-resolution section. */
	public record Fcr(boolean measured, boolean charted, List<FcrRow> rows) {
	}

	/** One segment or channel. */
	public record BreakdownRow(String by, String value, String n, boolean suppressed, List<String> levels,
			String overall, List<Boolean> shortfall) {
	}

	/** The breakdowns section. */
	public record Breakdowns(boolean measured, String intro, List<BreakdownRow> rows) {
	}

	/** One wave of the trend. */
	public record TrendRow(String wave, String gap, String nps) {
	}

	/** The trend section. */
	public record Trend(boolean charted, List<TrendRow> rows, List<String> notes) {
	}

	/** One problem found in the workbook. */
	public record ProblemRow(String where, String value, String reason) {
	}

	/** One level's consistency. */
	public record AlphaRow(String level, String alpha) {
	}

	/** The methods and data-quality section. */
	public record Methods(String sample, List<String> explanations, List<AlphaRow> alphas, String quality,
			List<ProblemRow> firstProblems) {
	}

}
