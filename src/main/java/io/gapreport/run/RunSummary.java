package io.gapreport.run;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
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

	/** The latest run's summary, in the output folder. */
	public static final String FILE_NAME = "run-summary.json";

	/**
	 * The folder, in the output folder, that keeps every run's summary as
	 * {@code run-summary-<yyyy-MM-dd_HH-mm-ss>.json} (the run's start, local time).
	 */
	public static final String RUNS_FOLDER = "runs";

	private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss");

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private RunSummary() {
	}

	/**
	 * Writes the summary of the run started at {@code started} to
	 * {@code runs/run-summary-<started>.json} and, as the latest, to
	 * {@code run-summary.json} in {@code output}, each atomically.
	 */
	public static void write(List<WorkbookOutcome> outcomes, Path output, LocalDateTime started) throws IOException {
		String name = "run-summary-" + started.format(STARTED);
		Path kept = output.resolve(RUNS_FOLDER).resolve(name + ".json");
		for (int n = 2; Files.exists(kept); n++) {
			kept = output.resolve(RUNS_FOLDER).resolve(name + "-" + n + ".json");
		}
		write(outcomes, kept);
		write(outcomes, output.resolve(FILE_NAME));
	}

	private static void write(List<WorkbookOutcome> outcomes, Path file) throws IOException {
		ArrayNode entries = MAPPER.createArrayNode();
		outcomes.forEach((outcome) -> OutcomeJson.entry(entries.addObject(), outcome));
		AtomicFiles.write(file, (out) -> MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, entries));
	}

	/**
	 * Prints one line per workbook and the totals: the e-mail line whenever there was
	 * mail to speak of, or the run was with {@code --mail} ({@code mail}).
	 */
	public static void print(List<WorkbookOutcome> outcomes, boolean mail, PrintWriter out) {
		int pathWidth = Math.max(8, outcomes.stream().mapToInt((o) -> o.path().length()).max().orElse(8));
		String format = "%-" + pathWidth + "s  %-10s  %7s  %s%n";
		out.printf(Locale.ROOT, format, "workbook", "status", "seconds", "message");
		for (WorkbookOutcome outcome : outcomes) {
			out.printf(Locale.ROOT, format, outcome.path(), outcome.status().key(),
					String.format(Locale.ROOT, "%.1f", outcome.elapsed().toMillis() / 1000.0),
					withUnitReports(outcome, firstLine(Outages.oneLine(outcome.message()))));
		}
		out.printf(Locale.ROOT, "%d workbook(s): %d reported, %d unchanged, %d failed%n", outcomes.size(),
				count(outcomes, WorkbookOutcome.Status.REPORTED), count(outcomes, WorkbookOutcome.Status.UNCHANGED),
				count(outcomes, WorkbookOutcome.Status.FAILED));
		String mailLine = mailLine(outcomes);
		if (!mailLine.isEmpty()) {
			out.println(mailLine);
		}
		else if (mail) {
			out.println("e-mail: none to send (no workbook of this run names recipients)");
		}
		out.flush();
	}

	/**
	 * A reported workbook's message led by how many unit reports it wrote, e.g.
	 * {@code 4 unit report(s); unit Poznań has 3 customer(s), …}.
	 */
	public static String withUnitReports(WorkbookOutcome outcome, String message) {
		long units = outcome.files()
			.stream()
			.filter((file) -> file.endsWith("/report.pdf") && file.contains("/units/"))
			.count();
		if (outcome.status() != WorkbookOutcome.Status.REPORTED || units == 0) {
			return message;
		}
		return units + " unit report(s)" + (message.isEmpty() ? "" : "; " + message);
	}

	/**
	 * What the run did with e-mail, e.g.
	 * {@code e-mail: 4 sent to 3 recipient(s), 1 failed}; empty when there was none.
	 */
	static String mailLine(List<WorkbookOutcome> outcomes) {
		List<ReportDelivery.Outcome> copies = outcomes.stream().flatMap((outcome) -> outcome.mail().stream()).toList();
		List<String> parts = new ArrayList<>();
		List<ReportDelivery.Outcome> sent = copies.stream()
			.filter((copy) -> copy.status() == ReportDelivery.Status.SENT
					|| copy.status() == ReportDelivery.Status.SENT_MAYBE_TWICE)
			.toList();
		if (!sent.isEmpty()) {
			parts.add(sent.size() + " sent to " + recipients(sent) + " recipient(s)");
		}
		long maybeTwice = copies.stream()
			.filter((copy) -> copy.status() == ReportDelivery.Status.SENT_MAYBE_TWICE)
			.count();
		if (maybeTwice > 0) {
			parts.add(maybeTwice + " of them possibly twice (see run-summary.json)");
		}
		long alreadySent = copies.stream()
			.filter((copy) -> copy.status() == ReportDelivery.Status.ALREADY_SENT)
			.count();
		if (alreadySent > 0) {
			parts.add(alreadySent + " already sent by an earlier run");
		}
		long failed = copies.stream()
			.filter((copy) -> copy.status() == ReportDelivery.Status.FAILED && !copy.loginRefused())
			.count();
		if (failed > 0) {
			parts.add(failed + " failed (the next run with --mail tries again)");
		}
		List<ReportDelivery.Outcome> loginRefused = copies.stream()
			.filter(ReportDelivery.Outcome::loginRefused)
			.toList();
		if (!loginRefused.isEmpty()) {
			parts.add(loginRefused.size() + " not sent, " + loginRefused.get(0).message()
					+ " (the next run with --mail sends them)");
		}
		List<ReportDelivery.Outcome> unreachable = copies.stream()
			.filter((copy) -> copy.status() == ReportDelivery.Status.UNREACHABLE)
			.toList();
		if (!unreachable.isEmpty()) {
			parts.add(unreachable.size() + " not sent, " + unreachable.get(0).message()
					+ " (the next run with --mail sends them)");
		}
		long refused = copies.stream().filter((copy) -> copy.status() == ReportDelivery.Status.REFUSED).count();
		if (refused > 0) {
			parts.add(refused
					+ " refused for good by the mail server (see run-summary.json; --retry-refused tries again)");
		}
		List<ReportDelivery.Outcome> wouldSend = copies.stream()
			.filter((copy) -> copy.status() == ReportDelivery.Status.WOULD_SEND)
			.toList();
		if (!wouldSend.isEmpty()) {
			parts.add(wouldSend.size() + " not sent to " + recipients(wouldSend)
					+ " recipient(s): run with --mail to send");
		}
		return parts.isEmpty() ? "" : "e-mail: " + String.join(", ", parts);
	}

	private static long recipients(List<ReportDelivery.Outcome> copies) {
		return copies.stream().map((copy) -> copy.recipient().toLowerCase(Locale.ROOT)).distinct().count();
	}

	private static long count(List<WorkbookOutcome> outcomes, WorkbookOutcome.Status status) {
		return outcomes.stream().filter((outcome) -> outcome.status() == status).count();
	}

	private static String firstLine(String message) {
		return (message.length() > 160) ? message.substring(0, 157) + "..." : message;
	}

}
