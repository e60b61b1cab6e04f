package io.gapreport.chart;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The five gaps (and the perception gap) as horizontal bars around zero on a symmetric
 * scale, each bar in the colour of what it has shown; a gap that was not measured is an
 * empty, labelled slot, never a bar of zero.
 *
 * @param title the title, blank for none
 * @param valueAxisLabel the label of the value axis
 * @param bars the gaps in display order
 * @param labels the words the chart writes
 * @param locale the number format locale
 */
public record GapBarsSpec(String title, String valueAxisLabel, List<Bar> bars, Labels labels,
		Locale locale) implements ChartSpec {

	public GapBarsSpec {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(labels, "labels");
		Objects.requireNonNull(locale, "locale");
		bars = List.copyOf(bars);
	}

	/** The bars that were measured. */
	List<Bar> measured() {
		return this.bars.stream().filter(Bar::measured).toList();
	}

	/**
	 * One gap.
	 *
	 * @param name the gap's name, written in whole words beside its bar
	 * @param value the gap, or null when not measured
	 * @param tone what the gap has shown; null exactly when not measured
	 */
	public record Bar(String name, @Nullable Double value, @Nullable Tone tone) {

		public Bar {
			Objects.requireNonNull(name, "name");
			if ((value == null) != (tone == null)) {
				throw new IllegalArgumentException("Gap '%s' needs a tone exactly when it has a value".formatted(name));
			}
		}

		/** A gap that was not measured. */
		public static Bar notMeasured(String name) {
			return new Bar(name, null, null);
		}

		boolean measured() {
			return this.value != null;
		}

	}

	/**
	 * The words the chart writes.
	 *
	 * @param notMeasured the text in an empty slot
	 * @param tones the legend text of each tone (the indicative text is also written
	 * under the name of an indicative gap)
	 */
	public record Labels(String notMeasured, Map<Tone, String> tones) {

		public Labels {
			Objects.requireNonNull(notMeasured, "notMeasured");
			tones = new EnumMap<>(tones);
			if (!tones.keySet().containsAll(Tone.CHARTED)) {
				throw new IllegalArgumentException("Every tone needs a legend text: " + tones.keySet());
			}
			tones = Map.copyOf(tones);
		}

	}

}
