package io.gapreport.run;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import io.gapreport.output.AtomicFiles;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * The outcome of every workbook of a run: written as {@code run-summary.json} (one entry
 * per workbook) and printed as a table for the person at the terminal.
 */
public final class RunSummary {

	/** The summary's file name in the output folder. */
	public static final String FILE_NAME = "run-summary.json";

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private RunSummary() {
	}

	/** Writes {@code run-summary.json} into {@code output}, atomically. */
	public static void write(List<WorkbookOutcome> outcomes, Path output) throws IOException {
		ArrayNode entries = MAPPER.createArrayNode();
		outcomes.forEach((outcome) -> OutcomeJson.entry(entries.addObject(), outcome));
		AtomicFiles.write(output.resolve(FILE_NAME),
				(out) -> MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, entries));
	}

	/** Prints one line per workbook and the totals. */
	public static void print(List<WorkbookOutcome> outcomes, PrintWriter out) {
		int pathWidth = Math.max(8, outcomes.stream().mapToInt((o) -> o.path().length()).max().orElse(8));
		String format = "%-" + pathWidth + "s  %-10s  %7s  %s%n";
		out.printf(Locale.ROOT, format, "workbook", "status", "seconds", "message");
		for (WorkbookOutcome outcome : outcomes) {
			out.printf(Locale.ROOT, format, outcome.path(), outcome.status().key(),
					String.format(Locale.ROOT, "%.1f", outcome.elapsed().toMillis() / 1000.0),
					firstLine(outcome.message()));
		}
		out.printf(Locale.ROOT, "%d workbook(s): %d reported, %d unchanged, %d failed%n", outcomes.size(),
				count(outcomes, WorkbookOutcome.Status.REPORTED), count(outcomes, WorkbookOutcome.Status.UNCHANGED),
				count(outcomes, WorkbookOutcome.Status.FAILED));
		out.flush();
	}

	private static long count(List<WorkbookOutcome> outcomes, WorkbookOutcome.Status status) {
		return outcomes.stream().filter((outcome) -> outcome.status() == status).count();
	}

	private static String firstLine(String message) {
		return (message.length() > 160) ? message.substring(0, 157) + "..." : message;
	}

}
