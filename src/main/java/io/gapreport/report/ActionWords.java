package io.gapreport.report;

import java.util.ArrayList;
import java.util.List;

import io.gapreport.scoring.ItemScore;
import io.gapreport.survey.Level;
import io.gapreport.survey.Sector;

/**
 * The sentences of a finding card from the catalogue in
 * {@code actions_<language>.properties}: the client's sector words them (a key
 * {@code action.level.accuracy.banking.why} replaces {@code action.level.accuracy.why}
 * for a bank; so does {@code level.accuracy.banking.wants} for what a level means), the
 * worst question says where to start, and the goal is the gap or rate the next wave
 * should show.
 */
final class ActionWords {

	/** Actions per finding. */
	static final int DOS = 3;

	private final Wording w;

	private final Sector sector;

	ActionWords(Wording w) {
		this.w = w;
		this.sector = w.scores().engagement().sector();
	}

	/**
	 * The text of {@code prefix + part} (e.g. {@code action.level.accuracy.} and
	 * {@code why}) in the client's sector's words, or the words for any firm.
	 */
	String text(String prefix, String part, Object... arguments) {
		String sectorKey = prefix + this.sector.key() + "." + part;
		return this.w.m().get(this.w.m().keys().contains(sectorKey) ? sectorKey : prefix + part, arguments);
	}

	/**
	 * The actions of a finding; the first starts from {@code where} (a question's text,
	 * {@code action.start}) unless it is blank.
	 */
	List<String> dos(String prefix, String where) {
		List<String> dos = new ArrayList<>();
		dos.add(where.isBlank() ? text(prefix, "do.1") : this.w.m().get("action.start", where, text(prefix, "do.1")));
		for (int i = 2; i <= DOS; i++) {
			dos.add(text(prefix, "do." + i, where));
		}
		return dos;
	}

	/**
	 * The first action alone, as page 1 shows it beside the question it starts from:
	 * without "start with the question ...", and starting with a capital letter.
	 */
	String step(String prefix) {
		String step = text(prefix, "do.1");
		return step.isEmpty() ? step : step.substring(0, 1).toUpperCase(this.w.f().locale()) + step.substring(1);
	}

	/**
	 * The question of {@code level} that customers rate worst: the first of the finding's
	 * evidence, else the level's question with the most negative gap.
	 */
	String worstQuestion(Level level, List<String> evidence) {
		return evidence.stream()
			.flatMap((code) -> this.w.item(code).stream())
			.findFirst()
			.or(() -> this.w.itemsWorstFirst()
				.stream()
				.filter((item) -> item.question().level() == level && item.gap5().mean() != null)
				.findFirst())
			.map((ItemScore item) -> item.question().text())
			.orElse(this.w.level(level));
	}

	/** The goal of a level finding: its gap now and the gap to reach. */
	String levelGoal(Level level, double now, double goal) {
		return this.w.m().get("goal.level." + level.key(), this.w.f().gap(now), this.w.f().gap(goal));
	}

	/** The goal of a foundation question proven to fall short while its level holds. */
	String questionGoal(String question, double now, double goal) {
		return this.w.m().get("goal.item", question, this.w.f().gap(now), this.w.f().gap(goal));
	}

	/** The goal of a finding on one of gaps 1 to 4 or the perception gap. */
	String gapGoal(String gap, double now, double goal) {
		return this.w.m().get("goal.gap." + gap, this.w.f().gap(now), this.w.f().gap(goal));
	}

	/** The goal of a channel that solves too few problems at the first contact. */
	String fcrGoal(String channel, double rate, double goal) {
		return this.w.m().get("goal.fcr", channel, this.w.f().percent(rate), this.w.f().percent(goal));
	}

}
