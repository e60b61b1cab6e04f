package io.gapreport.scoring;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/** Means that skip what was not measured. */
final class Means {

	private Means() {
	}

	/** The mean of the non-null values, or null when every value is null. */
	static <T> @Nullable Double ofNonNull(Collection<T> values, Function<T, @Nullable Double> value) {
		var moments = new Moments();
		values.stream().map(value).filter(Objects::nonNull).forEach(moments::add);
		return moments.mean();
	}

	/** The weighted SERVQUAL score: null unless every item has a weight. */
	static @Nullable Double weightedGap5(List<ItemScore> itemScores) {
		boolean everyItemWeighted = itemScores.stream().allMatch((item) -> item.question().weight() != null);
		double weightedSum = 0;
		double weights = 0;
		for (ItemScore item : itemScores) {
			if (item.gap5().mean() != null && item.question().weight() != null) {
				weightedSum += item.question().weight() * item.gap5().mean();
				weights += item.question().weight();
			}
		}
		return (everyItemWeighted && weights > 0) ? weightedSum / weights : null;
	}

}
