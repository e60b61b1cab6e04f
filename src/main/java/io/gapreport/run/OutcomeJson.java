package io.gapreport.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Workbook outcomes as JSON: the entries of {@code run-summary.json}, and how a partition
 * keeps its outcomes in its step execution context in the job repository.
 */
public final class OutcomeJson {

	/** Present, true, only on a failure from a fault of gap-report (exit code 4). */
	private static final String INTERNAL_ERROR = "internal_error";

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private OutcomeJson() {
	}

	/** The outcomes as a JSON array. */
	public static String write(List<WorkbookOutcome> outcomes) {
		ArrayNode entries = MAPPER.createArrayNode();
		outcomes.forEach((outcome) -> entry(entries.addObject(), outcome));
		return MAPPER.writeValueAsString(entries);
	}

	/** Reads what {@link #write} wrote. */
	public static List<WorkbookOutcome> read(String json) {
		List<WorkbookOutcome> outcomes = new ArrayList<>();
		for (JsonNode entry : MAPPER.readTree(json)) {
			List<String> files = new ArrayList<>();
			entry.get("files").forEach((file) -> files.add(file.asString()));
			List<ReportDelivery.Outcome> mail = new ArrayList<>();
			entry.get("mail")
				.forEach((copy) -> mail.add(new ReportDelivery.Outcome(copy.get("to").asString(),
						ReportDelivery.Status.valueOf(copy.get("status").asString().toUpperCase(Locale.ROOT)),
						copy.get("message").asString(), text(copy.get("unit")))));
			JsonNode worker = entry.get("worker");
			outcomes.add(new WorkbookOutcome(entry.get("path").asString(), text(entry.get("client")),
					text(entry.get("wave")),
					WorkbookOutcome.Status.valueOf(entry.get("status").asString().toUpperCase(Locale.ROOT)),
					entry.get("message").asString(), files,
					Duration.ofMillis(Math.round(entry.get("seconds").asDouble() * 1000)), mail,
					entry.has(INTERNAL_ERROR) && entry.get(INTERNAL_ERROR).asBoolean(),
					new Worker(worker.get("host").asString(), worker.get("pid").asLong())));
		}
		return outcomes;
	}

	/** Fills {@code entry} with one outcome, as listed in {@code run-summary.json}. */
	static void entry(ObjectNode entry, WorkbookOutcome outcome) {
		entry.put("path", outcome.path())
			.put("client", outcome.client())
			.put("wave", outcome.wave())
			.put("status", outcome.status().key())
			.put("message", outcome.message());
		ArrayNode files = entry.putArray("files");
		outcome.files().forEach(files::add);
		entry.put("seconds", outcome.elapsed().toMillis() / 1000.0);
		ArrayNode mail = entry.putArray("mail");
		outcome.mail().forEach((copy) -> {
			ObjectNode listed = mail.addObject()
				.put("to", copy.recipient())
				.put("status", copy.status().key())
				.put("message", copy.message());
			if (copy.unit() != null) {
				listed.put("unit", copy.unit());
			}
		});
		if (outcome.internalError()) {
			entry.put(INTERNAL_ERROR, true);
		}
		entry.putObject("worker").put("host", outcome.worker().host()).put("pid", outcome.worker().pid());
	}

	private static String text(JsonNode node) {
		return (node == null || node.isNull()) ? null : node.asString();
	}

}
