package io.gapreport.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.gapreport.chart.Tone;
import io.gapreport.scoring.Action;
import io.gapreport.scoring.Collect;
import io.gapreport.scoring.FcrScore;
import io.gapreport.scoring.Gap;
import io.gapreport.scoring.LevelScore;
import io.gapreport.scoring.Scores;

/**
 * The "What to do" page: each finding of {@code Scores.nextSteps()} (then each channel
 * that solves no more problems at the first contact than the rest) with its evidence,
 * causes, actions, owner and target; and one box of what the next wave should collect.
 */
final class ActionSections {

	private ActionSections() {
	}

	static ReportModel.WhatToDo whatToDo(Wording w, List<ReportModel.ActionRow> actions) {
		List<String> collect = w.scores().nextSteps().collect().stream().map((entry) -> collect(w, entry)).toList();
		Set<String> sources = new LinkedHashSet<>();
		for (Action action : w.scores().nextSteps().actions()) {
			switch (action) {
				case Action.LevelShortfall level -> sources.add(w.m().get("cite.gallup"));
				case Action.QuestionShortfall question -> sources.add(w.m().get("cite.gallup"));
				case Action.GapShortfall gap when !gap.indicative()
						&& (gap.gap() == Gap.PERCEPTION || gap.gap() == Gap.GAP1) ->
					sources.add(w.m().get("cite.bain"));
				case Action.GapShortfall gap -> {
				}
				case Action.FcrShortfall fcr -> sources.add(w.m().get("cite.bestRest"));
			}
		}
		return new ReportModel.WhatToDo(actions, collect, List.copyOf(sources));
	}

	private static String collect(Wording w, Collect entry) {
		return (entry.level() != null) ? w.m().get("collect.level", w.level(entry.level()))
				: w.m().get("collect." + entry.key());
	}

	/**
	 * Every action in the scores' order. A lead to check is titled by what it is about
	 * (the gap and its value, the channel and its rate), not by a claim it cannot carry.
	 */
	static List<ReportModel.ActionRow> actions(Wording w) {
		List<ReportModel.ActionRow> rows = new ArrayList<>();
		for (Action action : w.scores().nextSteps().actions()) {
			ReportModel.ActionRow row = switch (action) {
				case Action.LevelShortfall level -> level(w, level);
				case Action.QuestionShortfall question -> question(w, question);
				case Action.GapShortfall gap -> gap(w, gap);
				case Action.FcrShortfall fcr -> fcr(w, fcr);
			};
			rows.add(action.indicative()
					? new ReportModel.ActionRow(leadName(w, action), row.finding(), row.tone(), row.evidence(),
							row.codes(), row.why(), row.dos(), row.step(), row.owner(), row.target(), row.quotes())
					: row);
		}
		return List.copyOf(rows);
	}

	private static ReportModel.ActionRow level(Wording w, Action.LevelShortfall action) {
		LevelScore level = w.scores().level(action.level());
		String prefix = "action.level." + action.level().key() + ".";
		var words = new ActionWords(w);
		List<ReportModel.EvidenceRow> evidence = action.evidence()
			.stream()
			.flatMap((code) -> w.item(code).stream())
			.map((item) -> new ReportModel.EvidenceRow(item.question().code(), item.question().text(),
					w.f().gap(item.gap5().mean()), w.interval(item.gap5()), GapTones.ofGap5(item.gap5()).css()))
			.toList();
		double gap = action.gap();
		ReportModel.ActionRow row = row(w, prefix, Tone.SHORTFALL,
				words.text(prefix, "finding", w.f().gap(gap), w.f().percent(level.gap5().shareMet())), evidence,
				codes(evidence), words.worstQuestion(action.level(), action.evidence()),
				words.levelGoal(action.level(), gap, action.goal()));
		return new ReportModel.ActionRow(row.title(), row.finding(), row.tone(), row.evidence(), row.codes(), row.why(),
				row.dos(), row.step(), row.owner(), row.target(), VoiceSection.quotes(w, action.level()));
	}

	/**
	 * A foundation question proven to fall short while its level holds: the level's
	 * causes, actions and owner in the client's sector's words, for this one question.
	 */
	private static ReportModel.ActionRow question(Wording w, Action.QuestionShortfall action) {
		var item = w.item(action.code()).orElseThrow();
		var evidence = List.of(new ReportModel.EvidenceRow(action.code(), item.question().text(),
				w.f().gap(item.gap5().mean()), w.interval(item.gap5()), Tone.SHORTFALL.css()));
		String finding = w.m()
			.get("action.question.finding", item.question().text(), w.f().gap(item.gap5().mean()),
					w.interval(item.gap5()), w.f().percent(item.gap5().shareMet()), w.level(action.level()));
		ReportModel.ActionRow level = row(w, "action.level." + action.level().key() + ".", Tone.SHORTFALL, finding,
				evidence, action.code(), item.question().text(),
				new ActionWords(w).questionGoal(item.question().text(), action.gap(), action.goal()));
		return new ReportModel.ActionRow(w.m().get("action.question." + action.level().key() + ".title"),
				level.finding(), level.tone(), level.evidence(), level.codes(), level.why(), level.dos(), level.step(),
				level.owner(), level.target(), List.of());
	}

	private static ReportModel.ActionRow gap(Wording w, Action.GapShortfall action) {
		Scores scores = w.scores();
		String prefix = "action.gap." + action.gap().key() + ".";
		int n = switch (action.gap()) {
			case GAP3, GAP4 -> scores.counts().audits();
			default -> scores.counts().managers();
		};
		Tone tone = action.indicative() ? Tone.INDICATIVE : Tone.SHORTFALL;
		// a question's own value of gaps 1 to 4 has no interval: it shows where the gap
		// lies, and is never red on its own
		List<ReportModel.EvidenceRow> evidence = action.evidence()
			.stream()
			.flatMap((code) -> w.item(code).stream())
			.map((item) -> new ReportModel.EvidenceRow(item.question().code(), item.question().text(),
					w.f().gap(action.gap().of(item.gaps())), "", Tone.PLAIN.css()))
			.toList();
		String value = w.f().gap(action.value());
		String finding = action.indicative() ? w.m().get(prefix + "check", value, "", w.f().count(n))
				: w.m().get(prefix + "finding", value);
		Double goal = action.goal();
		String target = (action.indicative() || goal == null) ? w.m().get("target.confirm", confirm(w, action))
				: new ActionWords(w).gapGoal(action.gap().key(), action.value(), goal);
		return row(w, prefix, tone, finding, evidence, codes(evidence), "", target);
	}

	private static ReportModel.ActionRow fcr(Wording w, Action.FcrShortfall action) {
		FcrScore fcr = action.fcr();
		boolean weak = action.indicative();
		String channel = w.channel(fcr.channel());
		String rest = w.f().percent(fcr.rest());
		String finding = w.m()
			.get(weak ? "action.fcr.check" : "action.fcr.finding", channel, w.f().percent(fcr.rate()), rest);
		Double goal = action.goal();
		String target = weak ? w.m().get("target.confirm", confirm(w, action)) : (goal != null)
				? new ActionWords(w).fcrGoal(channel, fcr.rate(), goal) : w.m().get("target.fcr", channel, rest);
		return row(w, "action.fcr.", weak ? Tone.INDICATIVE : Tone.SHORTFALL, finding, List.of(), channel, "", target);
	}

	/**
	 * What a lead to check is about, without a claim the data do not carry: the gap's
	 * name and value, or the channel and its rate; null for a proven finding.
	 */
	private static String leadName(Wording w, Action action) {
		return switch (action) {
			case Action.GapShortfall gap ->
				w.m().get("decision.lead.value", w.m().get("gap." + gap.gap().key() + ".name"), w.f().gap(gap.value()));
			case Action.FcrShortfall fcr -> w.m()
				.get("decision.lead.value", w.m().get("decision.lead.fcr", w.channel(fcr.fcr().channel())),
						w.f().percent(fcr.fcr().rate()));
			default -> throw new IllegalArgumentException("a level or question shortfall is never a lead: " + action);
		};
	}

	/**
	 * What would confirm or dismiss an indicative finding: enough managers or audit
	 * visits, or as many customers of the channel as would prove its rate if it held.
	 */
	static String confirm(Wording w, Action action) {
		var counts = w.scores().counts();
		String needed = w.f().count(w.scores().engagement().minGroupSize());
		return switch (action) {
			case Action.GapShortfall gap when gap.gap().restsOnAudits() ->
				w.m().get("confirm.audits", needed, w.f().count(counts.audits()));
			case Action.FcrShortfall fcr -> (fcr.fcr().customersToProve() != null)
					? w.m()
						.get("confirm.customers", w.f().count(fcr.fcr().customersToProve()), w.f().count(fcr.fcr().n()))
					: w.m().get("confirm.customersMore", w.f().count(fcr.fcr().n()));
			default -> w.m().get("confirm.managers", needed, w.f().count(counts.managers()));
		};
	}

	/**
	 * A finding's card; {@code where} is the question its actions start from, blank for a
	 * finding whose actions name none. A lead to check (indicative) holds no corrective
	 * actions, only what would confirm or dismiss it, in {@code target}.
	 */
	private static ReportModel.ActionRow row(Wording w, String prefix, Tone tone, String finding,
			List<ReportModel.EvidenceRow> evidence, String codes, String where, String target) {
		var words = new ActionWords(w);
		List<String> dos = (tone == Tone.INDICATIVE) ? List.of() : words.dos(prefix, where);
		return new ReportModel.ActionRow(w.m().get(prefix + "title"), finding, tone.css(), evidence, codes,
				words.text(prefix, "why"), dos, (tone == Tone.INDICATIVE) ? "" : words.step(prefix),
				words.text(prefix, "owner"), target, List.of());
	}

	/** The codes of an action's questions, as page 1 names them. */
	private static String codes(List<ReportModel.EvidenceRow> evidence) {
		return String.join(", ", evidence.stream().map(ReportModel.EvidenceRow::code).toList());
	}

}
