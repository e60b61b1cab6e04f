package io.gapreport.report;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.gapreport.scoring.Action;
import io.gapreport.scoring.Gap;
import io.gapreport.scoring.Gap5Score;
import io.gapreport.scoring.Interval;
import io.gapreport.scoring.ItemScore;
import io.gapreport.scoring.LevelScore;
import io.gapreport.scoring.Scores;
import io.gapreport.survey.Level;
import org.jspecify.annotations.Nullable;

/** What every section builder shares: the scores, the messages and the number formats. */
record Wording(Scores scores, Messages m, Formats f) {

	/**
	 * The built-in channel names of the workbook format, which the report translates; a
	 * workbook gives them in lower case, with {@code e-mail} as {@code email}.
	 */
	static final Set<String> BUILT_IN_CHANNELS = Set.of("phone", "email", "chat", "in-person", "web");

	String level(Level level) {
		return this.m.get("level." + level.key());
	}

	/**
	 * A channel's name: a built-in channel in the report's language, any other as the
	 * workbook gives it.
	 */
	String channel(String channel) {
		return BUILT_IN_CHANNELS.contains(channel) ? this.m.get("channel." + channel) : channel;
	}

	String interval(Gap5Score gap5) {
		if (gap5.ciLow() == null || gap5.ciHigh() == null) {
			return this.f.notMeasured();
		}
		return interval(new Interval(gap5.ciLow(), gap5.ciHigh()));
	}

	/**
	 * {@code low … high}; a bound of an interval that excludes zero never reads as 0.00.
	 */
	String interval(@Nullable Interval interval) {
		if (interval == null) {
			return this.f.notMeasured();
		}
		String low = interval.above0() ? this.f.nonZeroGap(interval.low()) : this.f.gap(interval.low());
		String high = interval.below0() ? this.f.nonZeroGap(interval.high()) : this.f.gap(interval.high());
		return low + " \u2026 " + high;
	}

	String scale() {
		return this.scores.engagement().scale().min() + "\u2013" + this.scores.engagement().scale().max();
	}

	/** {@code a, b and c} in the report's language. */
	String and(List<String> parts) {
		if (parts.size() < 2) {
			return String.join("", parts);
		}
		return String.join(", ", parts.subList(0, parts.size() - 1)) + this.m.get("list.and") + parts.getLast();
	}

	ReportModel.ItemRow itemRow(ItemScore item) {
		return new ReportModel.ItemRow(item.question().code(), item.question().text(), level(item.question().level()),
				this.f.mean(item.meanE()), this.f.mean(item.meanP()), this.f.gap(item.gap5().mean()),
				interval(item.gap5()), this.f.percent(item.gap5().shareMet()), item.gap5().isShortfall());
	}

	Optional<ItemScore> item(String code) {
		return this.scores.items().stream().filter((item) -> item.question().code().equals(code)).findFirst();
	}

	/** Items with a customer gap, worst first; items never answered last. */
	List<ItemScore> itemsWorstFirst() {
		return this.scores.items()
			.stream()
			.sorted(Comparator.comparing((ItemScore item) -> item.gap5().mean(),
					Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}

	List<LevelScore> levels() {
		return List.of(Level.values()).stream().map(this.scores::level).filter(Objects::nonNull).toList();
	}

	/** The action on {@code gap}, if the scores name one. */
	Optional<Action.GapShortfall> action(Gap gap) {
		return this.scores.nextSteps()
			.actions()
			.stream()
			.filter(Action.GapShortfall.class::isInstance)
			.map(Action.GapShortfall.class::cast)
			.filter((action) -> action.gap() == gap)
			.findFirst();
	}

	/** Whether findings from {@code respondents} managers or visits are only a lead. */
	boolean weak(int respondents) {
		return respondents < this.scores.engagement().minGroupSize();
	}

}
