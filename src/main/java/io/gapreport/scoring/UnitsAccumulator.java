package io.gapreport.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.gapreport.survey.AuditVisit;
import io.gapreport.survey.CustomerResponse;
import io.gapreport.survey.InputProblem;
import io.gapreport.survey.ManagerResponse;
import io.gapreport.survey.Questionnaire;
import io.gapreport.survey.ResponseSink;
import io.gapreport.survey.Unit;

/**
 * Scores a workbook's client and every one of its units in one pass over the streamed
 * rows (units.md, version 4). Each customer goes to the client and to its unit; a manager
 * of a unit to the client and that unit, a manager without one to the client and every
 * unit; an audit visit of a unit to the client and that unit, one without a unit to the
 * client only. Customers arrive before managers and audits (the order a workbook streams
 * its sheets in), so every unit a manager or visit may name is known by then.
 */
public final class UnitsAccumulator implements ResponseSink {

	private final Questionnaire questionnaire;

	private final ScoreAccumulator client;

	private final Stems stems;

	private final int[] levelOf;

	private final RestTally everyone = new RestTally();

	/** The units named by kept customers, by key, in order of first appearance. */
	private final Map<String, Tally> units = new LinkedHashMap<>();

	public UnitsAccumulator(Questionnaire questionnaire) {
		this(questionnaire, Stems.NONE);
	}

	/**
	 * Scores the client and every unit, each with its own voice: themes matched on
	 * {@code stems}, quotes from its own customers only.
	 */
	public UnitsAccumulator(Questionnaire questionnaire, Stems stems) {
		this.questionnaire = questionnaire;
		this.stems = stems;
		this.client = new ScoreAccumulator(questionnaire, stems);
		this.levelOf = questionnaire.questions().stream().mapToInt((question) -> question.level().ordinal()).toArray();
	}

	@Override
	public void customer(CustomerResponse response) {
		this.client.customer(response);
		this.everyone.add(response, this.levelOf);
		if (response.unit() != null) {
			this.units
				.computeIfAbsent(Unit.keyOf(response.unit()),
						(key) -> new Tally(response.unit(), new ScoreAccumulator(this.questionnaire, this.stems)))
				.customer(response, this.levelOf);
		}
	}

	@Override
	public void manager(ManagerResponse response) {
		this.client.manager(response);
		if (response.unit() == null) {
			this.units.values().forEach((unit) -> unit.scores.manager(response));
		}
		else {
			Tally unit = this.units.get(Unit.keyOf(response.unit()));
			if (unit != null) {
				unit.scores.manager(response);
			}
		}
	}

	@Override
	public void audit(AuditVisit visit) {
		this.client.audit(visit);
		if (visit.unit() != null) {
			Tally unit = this.units.get(Unit.keyOf(visit.unit()));
			if (unit != null) {
				unit.scores.audit(visit);
			}
		}
	}

	@Override
	public void problem(InputProblem problem) {
		this.client.problem(problem);
	}

	/**
	 * The scores of everything fed so far.
	 * @param earlierWaves the client's earlier reported waves, oldest first
	 * @param unitEarlierWaves a unit's earlier waves, oldest first, by its key
	 * ({@link Unit#keyOf})
	 */
	public WorkbookScores scores(List<TrendPoint> earlierWaves, Function<String, List<TrendPoint>> unitEarlierWaves) {
		Scores client = this.client.scores(earlierWaves);
		if (this.units.size() < 2) {
			return new WorkbookScores(client, List.of());
		}
		int minGroupSize = this.questionnaire.engagement().minGroupSize();
		List<UnitScore> result = new ArrayList<>();
		Map<String, Tally> named = new HashMap<>(this.units);
		for (Unit unit : this.questionnaire.units()) {
			Tally tally = named.remove(unit.key());
			result.add((tally != null)
					? tally.score(unit.written(), unit.name(), unit.recipients(), minGroupSize, unitEarlierWaves)
					: new UnitScore(unit.written(), unit.name(), unit.recipients(), 0, null, null));
		}
		this.units.forEach((key, tally) -> {
			if (named.containsKey(key)) {
				result.add(tally.score(tally.written, tally.written, List.of(), minGroupSize, unitEarlierWaves));
			}
		});
		return new WorkbookScores(client, result);
	}

	/** One unit's accumulators. */
	private final class Tally {

		private final String written;

		private final ScoreAccumulator scores;

		private final RestTally values = new RestTally();

		Tally(String written, ScoreAccumulator scores) {
			this.written = written;
			this.scores = scores;
		}

		void customer(CustomerResponse response, int[] levelOf) {
			this.scores.customer(response);
			this.values.add(response, levelOf);
		}

		UnitScore score(String unit, String name, List<String> recipients, int minGroupSize,
				Function<String, List<TrendPoint>> earlierWaves) {
			int n = this.scores.customers();
			if (n < minGroupSize) {
				return new UnitScore(unit, name, recipients, n, null, null);
			}
			this.scores.problemsOf(UnitsAccumulator.this.client);
			Scores scores = this.scores.scores(earlierWaves.apply(Unit.keyOf(unit)));
			UnitStanding standing = this.values.against(UnitsAccumulator.this.everyone.minus(this.values));
			return new UnitScore(unit, name, recipients, n, scores, standing);
		}

	}

}
