package io.gapreport.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.gapreport.survey.AuditVisit;
import io.gapreport.survey.CustomerResponse;
import io.gapreport.survey.InputProblem;
import io.gapreport.survey.Level;
import io.gapreport.survey.ManagerResponse;
import io.gapreport.survey.Question;
import io.gapreport.survey.Questionnaire;
import io.gapreport.survey.ResponseSink;

/**
 * Scores a workbook in one pass: feed it the streamed rows, then ask for the
 * {@link Scores}. Holds one accumulator per item, level and group, never the respondents.
 */
public final class ScoreAccumulator implements ResponseSink {

	private final Questionnaire questionnaire;

	private final List<ItemAccumulator> items = new ArrayList<>();

	private final int[] levelOf;

	private final Map<Level, Gap5Accumulator> levelGap5 = new EnumMap<>(Level.class);

	private final Map<Level, CronbachAlpha> levelAlpha = new EnumMap<>(Level.class);

	private final Gap5Accumulator overall = new Gap5Accumulator();

	private final Map<String, GroupAccumulator> segments = new LinkedHashMap<>();

	private final Map<String, GroupAccumulator> channels = new LinkedHashMap<>();

	private final Map<String, long[]> resolvedByChannel = new LinkedHashMap<>();

	private final int[] npsAnswers = new int[11];

	private final RespondentSpreads spreads;

	private final ImportanceAccumulator importances;

	private final ThemeMatcher themes;

	/** The kept customers with a comment, masked: the voice of the customer. */
	private final List<Commenter> commenters = new ArrayList<>();

	private int customers;

	private int managers;

	private int audits;

	private int rejectedRows;

	private int invalidCells;

	/** Scores without stemming the comments: themes match on the words themselves. */
	public ScoreAccumulator(Questionnaire questionnaire) {
		this(questionnaire, Stems.NONE);
	}

	/**
	 * Scores with {@code stems}, the report language's analyzer, to match the comments
	 * against the themes.
	 */
	public ScoreAccumulator(Questionnaire questionnaire, Stems stems) {
		this.questionnaire = questionnaire;
		this.themes = new ThemeMatcher(questionnaire.themes(), stems);
		List<Question> questions = questionnaire.questions();
		this.levelOf = new int[questions.size()];
		for (int i = 0; i < questions.size(); i++) {
			this.items.add(new ItemAccumulator(questions.get(i), questionnaire.standardOf(i).orElse(null)));
			this.levelOf[i] = questions.get(i).level().ordinal();
		}
		this.spreads = new RespondentSpreads(questionnaire, this.levelOf);
		this.importances = new ImportanceAccumulator(questions);
		for (Level level : Level.values()) {
			this.levelGap5.put(level, new Gap5Accumulator());
			int[] members = java.util.stream.IntStream.range(0, questions.size())
				.filter((i) -> this.levelOf[i] == level.ordinal())
				.toArray();
			this.levelAlpha.put(level, new CronbachAlpha(members));
		}
	}

	@Override
	public void customer(CustomerResponse response) {
		this.customers++;
		double[] sums = new double[Level.values().length];
		int[] counts = new int[sums.length];
		for (int i = 0; i < this.items.size(); i++) {
			double expected = response.expected()[i];
			double perceived = response.perceived()[i];
			this.items.get(i).customer(expected, perceived);
			if (!Double.isNaN(expected) && !Double.isNaN(perceived)) {
				sums[this.levelOf[i]] += perceived - expected;
				counts[this.levelOf[i]]++;
			}
		}
		double[] levelGaps = new double[sums.length];
		var customerOverall = new Moments();
		for (Level level : Level.values()) {
			int l = level.ordinal();
			levelGaps[l] = (counts[l] > 0) ? sums[l] / counts[l] : Double.NaN;
			if (counts[l] > 0) {
				this.levelGap5.get(level).add(levelGaps[l]);
				customerOverall.add(levelGaps[l]);
			}
			this.levelAlpha.get(level).add(response.perceived());
		}
		if (customerOverall.count() > 0) {
			this.overall.add(customerOverall.mean());
		}
		if (response.segment() != null) {
			this.segments.computeIfAbsent(response.segment(), (s) -> new GroupAccumulator("segment", s)).add(levelGaps);
		}
		if (response.channel() != null) {
			this.channels.computeIfAbsent(response.channel(), (c) -> new GroupAccumulator("channel", c)).add(levelGaps);
			if (response.resolved() != null) {
				long[] tally = this.resolvedByChannel.computeIfAbsent(response.channel(), (c) -> new long[2]);
				tally[0]++;
				tally[1] += response.resolved() ? 1 : 0;
			}
		}
		if (response.nps() != null) {
			this.npsAnswers[response.nps()]++;
		}
		this.spreads.customer(response.expected(), response.perceived());
		this.importances.customer(response);
		Commenter commenter = Commenter.of(response, this.levelOf, this.themes);
		if (commenter != null) {
			this.commenters.add(commenter);
		}
	}

	@Override
	public void manager(ManagerResponse response) {
		this.managers++;
		for (int i = 0; i < this.items.size(); i++) {
			this.items.get(i).manager(response.expected()[i], response.perceived()[i]);
		}
		this.spreads.manager(response.expected(), response.perceived());
	}

	@Override
	public void audit(AuditVisit visit) {
		this.audits++;
		for (int i = 0; i < this.items.size(); i++) {
			this.items.get(i).delivered.addIfAnswered(visit.delivered()[i]);
		}
		this.spreads.audit(visit.delivered());
	}

	@Override
	public void problem(InputProblem problem) {
		if (problem.isRejectedRow()) {
			this.rejectedRows++;
		}
		else {
			this.invalidCells++;
		}
	}

	/**
	 * The scores of everything fed so far.
	 * @param earlierWaves this client's earlier reported waves, oldest first
	 */
	public Scores scores(List<TrendPoint> earlierWaves) {
		NpsScore nps = Nps.of(this.npsAnswers);
		ImportanceBasis basis = ImportanceBasis.of(this.questionnaire.questions(), nps);
		List<ItemScore> itemScores = new ArrayList<>();
		for (int i = 0; i < this.items.size(); i++) {
			itemScores.add(this.items.get(i)
				.score(this.importances.importance(i, basis), this.importances.interval(i, basis)));
		}
		Map<Level, LevelScore> levels = new EnumMap<>(Level.class);
		for (Level level : Level.values()) {
			List<ItemScore> members = itemScores.stream().filter((item) -> item.question().level() == level).toList();
			levels.put(level, LevelScoring.score(level, members, this.levelGap5.get(level).score(),
					(values) -> this.spreads.level(level, values), this.levelAlpha.get(level).alpha()));
		}
		var counts = new Counts(this.customers, this.managers, this.audits, this.rejectedRows, this.invalidCells);
		Double gap5 = Means.ofNonNull(levels.values(), (level) -> level.gap5().mean());
		GapSet gaps = LevelScoring.overallGaps(levels.values());
		GapIntervals intervals = this.spreads.overall(gaps);
		List<FcrScore> fcr = fcr();
		List<TrendPoint> trend = new ArrayList<>(earlierWaves);
		trend.add(trendPoint(gap5, nps));
		NextSteps nextSteps = nextSteps(counts, levels, itemScores, gaps, intervals, nps, fcr);
		Voice voice = Voices.of(this.commenters, levels, nextSteps.actions(), this.questionnaire.themes(),
				this.questionnaire.engagement().minGroupSize());
		return new Scores(this.questionnaire.engagement(), counts, gaps, intervals, gap5, this.overall.score(),
				Means.weightedGap5(itemScores), LevelScoring.priority(nextSteps.actions()), levels, itemScores, nps,
				fcr, breakdowns(), trend, nextSteps, basis, voice);
	}

	private NextSteps nextSteps(Counts counts, Map<Level, LevelScore> levels, List<ItemScore> itemScores, GapSet gaps,
			GapIntervals intervals, NpsScore nps, List<FcrScore> fcr) {
		int minGroupSize = this.questionnaire.engagement().minGroupSize();
		Evidence management = Evidence.of(counts.managers(), minGroupSize);
		Evidence audits = Evidence.of(counts.audits(), minGroupSize);
		boolean hasStandards = !this.questionnaire.standards().isEmpty();
		return new NextSteps(management, audits,
				Findings.actions(levels, itemScores, gaps, intervals, management, audits, fcr),
				Findings.collect(counts, hasStandards, levels, nps, fcr));
	}

	private TrendPoint trendPoint(Double gap5, NpsScore nps) {
		var engagement = this.questionnaire.engagement();
		double sd = this.overall.standardDeviation();
		Map<Level, TrendPoint.LevelGap> levels = new EnumMap<>(Level.class);
		this.levelGap5.forEach((level, accumulator) -> {
			Double mean = accumulator.score().mean();
			double levelSd = accumulator.standardDeviation();
			if (mean != null) {
				levels.put(level, new TrendPoint.LevelGap(mean, Double.isNaN(levelSd) ? null : levelSd,
						(int) accumulator.count()));
			}
		});
		return new TrendPoint(engagement.wave(), engagement.waveDate(), gap5, (nps != null) ? nps.score() : null,
				(int) this.overall.count(), Double.isNaN(sd) ? null : sd, (nps != null) ? nps.n() : 0,
				(nps != null) ? (double) nps.promoters() / nps.n() : 0,
				(nps != null) ? (double) nps.detractors() / nps.n() : 0, levels, this.managers, this.audits);
	}

	private List<FcrScore> fcr() {
		List<FcrScore> result = new ArrayList<>();
		this.resolvedByChannel.forEach((channel, tally) -> result
			.add(FirstContactResolution.score(channel, (int) tally[0], tally[1], this.questionnaire)));
		return result;
	}

	private List<Breakdown> breakdowns() {
		int minGroupSize = this.questionnaire.engagement().minGroupSize();
		List<Breakdown> result = new ArrayList<>();
		this.segments.values().forEach((group) -> result.add(group.breakdown(minGroupSize)));
		this.channels.values().forEach((group) -> result.add(group.breakdown(minGroupSize)));
		return result;
	}

	/** A unit's scores count its own respondents but the whole workbook's problems. */
	void problemsOf(ScoreAccumulator workbook) {
		this.rejectedRows = workbook.rejectedRows;
		this.invalidCells = workbook.invalidCells;
	}

	/** Kept customers fed so far. */
	int customers() {
		return this.customers;
	}

	int[] npsAnswers() {
		return Arrays.copyOf(this.npsAnswers, this.npsAnswers.length);
	}

}
