package io.gapreport.output;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;

import io.gapreport.scoring.Action;
import io.gapreport.scoring.Breakdown;
import io.gapreport.scoring.FcrScore;
import io.gapreport.scoring.Gap;
import io.gapreport.scoring.Gap5Score;
import io.gapreport.scoring.GapIntervals;
import io.gapreport.scoring.GapSet;
import io.gapreport.scoring.Interval;
import io.gapreport.scoring.ItemScore;
import io.gapreport.scoring.LevelScore;
import io.gapreport.scoring.LevelStatus;
import io.gapreport.scoring.NextSteps;
import io.gapreport.scoring.NpsScore;
import io.gapreport.scoring.Scores;
import io.gapreport.scoring.TrendPoint;
import io.gapreport.survey.Level;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes {@code scores.json}: every field {@code outputs.md} requires, numbers unrounded,
 * "not measured" as {@code null}. The field names live here and nowhere else.
 */
public final class ScoresJson {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private ScoresJson() {
	}

	/** Writes {@code scores} as pretty-printed UTF-8 JSON. */
	public static void write(Scores scores, OutputStream out) throws IOException {
		MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, toJson(scores));
	}

	static ObjectNode toJson(Scores scores) {
		ObjectNode root = MAPPER.createObjectNode();
		var engagement = scores.engagement();
		root.put("client", engagement.client());
		root.put("wave", engagement.wave());
		root.put("wave_date", (engagement.waveDate() != null) ? engagement.waveDate().toString() : null);
		root.put("language", engagement.language());
		root.putObject("scale").put("min", engagement.scale().min()).put("max", engagement.scale().max());
		var counts = scores.counts();
		root.putObject("counts")
			.put("customers", counts.customers())
			.put("managers", counts.managers())
			.put("audits", counts.audits())
			.put("rejected_rows", counts.rejectedRows())
			.put("invalid_cells", counts.invalidCells());
		ObjectNode gaps = putGaps(root.putObject("gaps"), scores.gaps()).put("gap5", scores.gap5());
		putIntervals(gaps, scores.intervals());
		putStatus(gaps.putObject("status"), scores::gapStatus);
		putNextSteps(root, scores.nextSteps());
		root.put("importance_basis", scores.importanceBasis().name().toLowerCase(java.util.Locale.ROOT));
		putGap5(root.putObject("overall_gap5"), scores.overallGap5());
		root.putObject("servqual").put("unweighted", scores.gap5()).put("weighted", scores.weightedGap5());
		root.put("priority_level", (scores.priorityLevel() != null) ? scores.priorityLevel().key() : null);
		ObjectNode levels = root.putObject("levels");
		for (Level level : Level.values()) {
			putLevel(levels.putObject(level.key()), scores.level(level));
		}
		ArrayNode items = root.putArray("items");
		scores.items().forEach((item) -> putItem(items.addObject(), item));
		putNps(root, scores.nps());
		ArrayNode fcr = root.putArray("fcr");
		scores.fcr().forEach((channel) -> putFcr(fcr.addObject(), channel));
		ArrayNode breakdowns = root.putArray("breakdowns");
		scores.breakdowns().forEach((group) -> putBreakdown(breakdowns.addObject(), group));
		putTrend(root.putArray("trend"), scores.trend());
		VoiceJson.put(root, scores.voice());
		return root;
	}

	private static ObjectNode putGaps(ObjectNode node, GapSet gaps) {
		return node.put("gap1", gaps.gap1())
			.put("gap2", gaps.gap2())
			.put("gap3", gaps.gap3())
			.put("gap4", gaps.gap4())
			.put("perception", gaps.perception());
	}

	private static void putIntervals(ObjectNode node, GapIntervals intervals) {
		putInterval(node, "gap1_ci", intervals.gap1());
		putInterval(node, "perception_ci", intervals.perception());
		putInterval(node, "gap2_ci", intervals.gap2());
		putInterval(node, "gap3_ci", intervals.gap3());
		putInterval(node, "gap4_ci", intervals.gap4());
	}

	private static void putStatus(ObjectNode node, Function<Gap, LevelStatus> status) {
		for (Gap gap : Gap.values()) {
			node.put(gap.key(), status.apply(gap).key());
		}
	}

	private static void putInterval(ObjectNode node, String name, @Nullable Interval interval) {
		if (interval == null) {
			node.putNull(name);
		}
		else {
			node.putObject(name).put("low", interval.low()).put("high", interval.high());
		}
	}

	private static void putNextSteps(ObjectNode root, NextSteps nextSteps) {
		root.putObject("evidence")
			.put("management", nextSteps.management().key())
			.put("audits", nextSteps.audits().key());
		ArrayNode actions = root.putArray("actions");
		for (Action action : nextSteps.actions()) {
			ObjectNode node = actions.addObject().put("kind", action.kind()).put("target", action.target());
			ArrayNode evidence = node.putArray("evidence");
			action.evidence().forEach(evidence::add);
			node.put("indicative", action.indicative()).put("goal", action.goal());
		}
		ArrayNode collect = root.putArray("collect");
		nextSteps.collect().forEach((entry) -> collect.add(entry.key()));
	}

	private static void putGap5(ObjectNode node, Gap5Score gap5) {
		node.put("n", gap5.n())
			.put("mean", gap5.mean())
			.put("ci_low", gap5.ciLow())
			.put("ci_high", gap5.ciHigh())
			.put("share_met", gap5.shareMet());
	}

	private static void putLevel(ObjectNode node, LevelScore level) {
		node.put("items", level.items()).put("mean_e", level.meanE()).put("mean_p", level.meanP());
		putGap5(node.putObject("gap5"), level.gap5());
		putGaps(node, level.gaps());
		putIntervals(node, level.intervals());
		putStatus(node.putObject("gap_status"), level::gapStatus);
		node.put("alpha", level.alpha())
			.put("status", level.status().key())
			.put("manager_mean_e", level.managerMeanE())
			.put("manager_mean_p", level.managerMeanP());
	}

	private static void putItem(ObjectNode node, ItemScore item) {
		node.put("code", item.question().code())
			.put("level", item.question().level().key())
			.put("text", item.question().text())
			.put("weight", item.question().weight())
			.put("mean_e", item.meanE())
			.put("mean_p", item.meanP());
		putGap5(node.putObject("gap5"), item.gap5());
		putGaps(node, item.gaps());
		node.put("manager_mean_e", item.managerMeanE())
			.put("manager_mean_p", item.managerMeanP())
			.put("importance", item.importance());
	}

	private static void putNps(ObjectNode root, @Nullable NpsScore nps) {
		if (nps == null) {
			root.putNull("nps");
			return;
		}
		ObjectNode node = root.putObject("nps")
			.put("n", nps.n())
			.put("promoters", nps.promoters())
			.put("passives", nps.passives())
			.put("detractors", nps.detractors())
			.put("score", nps.score())
			.put("moe95", nps.moe95());
		ArrayNode distribution = node.putArray("distribution");
		nps.distribution().forEach(distribution::add);
	}

	private static void putFcr(ObjectNode node, FcrScore fcr) {
		node.put("channel", fcr.channel())
			.put("n", fcr.n())
			.put("rate", fcr.rate())
			.put("best", fcr.best())
			.put("rest", fcr.rest())
			.put("position", (fcr.position() != null) ? fcr.position().key() : null)
			.put("ci_low", fcr.ciLow())
			.put("ci_high", fcr.ciHigh())
			.put("proven", fcr.proven());
	}

	private static void putBreakdown(ObjectNode node, Breakdown group) {
		node.put("by", group.by())
			.put("value", group.value())
			.put("n", group.n())
			.put("suppressed", group.suppressed());
		if (!group.suppressed()) {
			ObjectNode gap5 = node.putObject("gap5");
			for (Level level : Level.values()) {
				gap5.put(level.key(), group.levels().get(level));
			}
			gap5.put("overall", group.overall());
		}
	}

	private static void putTrend(ArrayNode trend, List<TrendPoint> points) {
		for (TrendPoint point : points) {
			trend.addObject()
				.put("wave", point.wave())
				.put("wave_date", (point.waveDate() != null) ? point.waveDate().toString() : null)
				.put("gap5", point.gap5())
				.put("nps", point.nps());
		}
	}

}
