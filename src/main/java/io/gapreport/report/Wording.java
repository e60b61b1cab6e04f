package io.gapreport.report;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import io.gapreport.scoring.Gap5Score;
import io.gapreport.scoring.ItemScore;
import io.gapreport.scoring.LevelScore;
import io.gapreport.scoring.Scores;
import io.gapreport.survey.Level;

/** What every section builder shares: the scores, the messages and the number formats. */
record Wording(Scores scores, Messages m, Formats f) {

	String level(Level level) {
		return this.m.get("level." + level.key());
	}

	String interval(Gap5Score gap5) {
		if (gap5.ciLow() == null || gap5.ciHigh() == null) {
			return this.f.notMeasured();
		}
		return this.f.gap(gap5.ciLow()) + " \u2026 " + this.f.gap(gap5.ciHigh());
	}

	String scale() {
		return this.scores.engagement().scale().min() + "\u2013" + this.scores.engagement().scale().max();
	}

	ReportModel.ItemRow itemRow(ItemScore item) {
		return new ReportModel.ItemRow(item.question().code(), item.question().text(), level(item.question().level()),
				this.f.mean(item.meanE()), this.f.mean(item.meanP()), this.f.gap(item.gap5().mean()),
				interval(item.gap5()), this.f.percent(item.gap5().shareMet()), item.gap5().isShortfall());
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

}
