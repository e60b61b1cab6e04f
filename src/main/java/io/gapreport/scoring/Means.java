package io.gapreport.scoring;

import java.util.Collection;
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

}
