package io.gapreport.survey;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything in a workbook except the respondents' answers: the engagement, the items in
 * the order of the Items sheet, the service standards and the channel benchmarks. Answer
 * arrays in {@link CustomerResponse}, {@link ManagerResponse} and {@link AuditVisit} are
 * indexed like {@link #questions()}.
 *
 * @param engagement the engagement
 * @param questions the items, in workbook order
 * @param standards the Standards sheet, one entry per item it names
 * @param benchmarks first-contact-resolution benchmarks: the built-in ones, overridden by
 * the workbook's Benchmarks sheet
 * @param hasManagement whether the workbook has a Management sheet
 * @param hasAudits whether the workbook has an Audits sheet
 * @param units the Units sheet's units, in sheet order (empty without the sheet)
 * @param themes the Themes sheet's themes in sheet order; empty without one
 */
public record Questionnaire(Engagement engagement, List<Question> questions, Map<String, Standard> standards,
		List<Benchmark> benchmarks, boolean hasManagement, boolean hasAudits, List<Unit> units, List<Theme> themes) {

	public Questionnaire {
		Objects.requireNonNull(engagement, "engagement");
		questions = List.copyOf(questions);
		standards = Map.copyOf(standards);
		benchmarks = List.copyOf(benchmarks);
		units = List.copyOf(units);
		themes = List.copyOf(themes);
		var seen = new HashMap<String, Boolean>();
		for (Question question : questions) {
			if (seen.put(question.code(), Boolean.TRUE) != null) {
				throw new IllegalArgumentException("duplicate item code " + question.code());
			}
		}
	}

	/** A questionnaire without a Units sheet or a Themes sheet. */
	public Questionnaire(Engagement engagement, List<Question> questions, Map<String, Standard> standards,
			List<Benchmark> benchmarks, boolean hasManagement, boolean hasAudits) {
		this(engagement, questions, standards, benchmarks, hasManagement, hasAudits, List.of(), List.of());
	}

	/** The standard for the item at {@code index}, if the Standards sheet names it. */
	public Optional<Standard> standardOf(int index) {
		return Optional.ofNullable(standards.get(questions.get(index).code()));
	}

	/** The benchmark for a lower-case channel name, if there is one. */
	public Optional<Benchmark> benchmarkFor(String channel) {
		return benchmarks.stream().filter((benchmark) -> benchmark.channel().equals(channel)).findFirst();
	}

}
