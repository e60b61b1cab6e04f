package io.gapreport.survey;

import java.util.List;

/**
 * First-contact-resolution rates of the leading service organisations ("best") and of all
 * others ("rest") for one contact channel.
 *
 * @param channel the channel, lower-case, e.g. {@code phone}
 * @param best share of problems the best solve at first contact (0..1)
 * @param rest share of problems the rest solve at first contact (0..1)
 */
public record Benchmark(String channel, double best, double rest) {

	/**
	 * The built-in benchmarks; a workbook's Benchmarks sheet overrides them per channel.
	 */
	public static final List<Benchmark> BUILT_IN = List.of(new Benchmark("phone", 0.82, 0.56),
			new Benchmark("email", 0.68, 0.46), new Benchmark("chat", 0.45, 0.28));

	public Benchmark {
		if (!(best >= 0 && best <= 1 && rest >= 0 && rest <= 1)) {
			throw new IllegalArgumentException("benchmark rates must be between 0 and 1");
		}
	}

}
