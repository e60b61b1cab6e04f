package io.gapreport.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.gapreport.survey.Benchmark;
import org.jspecify.annotations.Nullable;

/**
 * Reads the optional Benchmarks sheet, whose rows override the built-in first-contact
 * resolution benchmarks per channel.
 */
final class BenchmarksSheet {

	static final String SHEET = "Benchmarks";

	private BenchmarksSheet() {
	}

	/**
	 * The built-in benchmarks, in their order, overridden by the sheet's rows; then the
	 * sheet's other channels in sheet order. Adds a workbook error to {@code errors} for
	 * every bad cell.
	 */
	static List<Benchmark> read(List<SheetRow> rows, List<String> errors) {
		Map<String, Benchmark> merged = new LinkedHashMap<>();
		Benchmark.BUILT_IN.forEach((benchmark) -> merged.put(benchmark.channel(), benchmark));
		SheetRow header = rows.stream().filter((row) -> !row.isBlank()).findFirst().orElse(null);
		if (header == null) {
			return List.copyOf(merged.values());
		}
		int before = errors.size();
		List<String> names = List.of("channel", "best", "rest");
		Columns columns = Columns.read(SHEET, header, names, names, "", Map.of(), errors);
		if (errors.size() > before) {
			return List.copyOf(merged.values());
		}
		Map<String, SheetRow> seen = new HashMap<>();
		for (SheetRow row : rows) {
			if (row.number() <= columns.headerRow() || row.isBlank()) {
				continue;
			}
			int channelColumn = columns.column("channel");
			String channel = Values.channel(row.text(channelColumn));
			if (channel == null) {
				errors.add(SHEET + "!" + row.reference(channelColumn) + ": channel is blank");
				continue;
			}
			SheetRow earlier = seen.putIfAbsent(channel, row);
			if (earlier != null) {
				errors.add(SHEET + "!" + row.reference(channelColumn) + ": channel " + channel + " repeats row "
						+ earlier.number());
				continue;
			}
			Double best = rate(row, columns.column("best"), "best", errors);
			Double rest = rate(row, columns.column("rest"), "rest", errors);
			if (best != null && rest != null) {
				merged.put(channel, new Benchmark(channel, best, rest));
			}
		}
		return new ArrayList<>(merged.values());
	}

	/** A rate written as 0..1 or as percent text such as {@code 82%}. */
	private static @Nullable Double rate(SheetRow row, int column, String name, List<String> errors) {
		String text = row.text(column);
		double rate;
		if (text.endsWith("%")) {
			rate = Values.number(text.substring(0, text.length() - 1).strip()) / 100;
		}
		else {
			rate = Values.number(text);
		}
		if (rate >= 0 && rate <= 1) {
			return rate;
		}
		errors.add(SHEET + "!" + row.reference(column) + ": " + name + " \"" + Values.shown(text)
				+ "\" must be a rate 0..1 or a percentage such as 82%");
		return null;
	}

}
