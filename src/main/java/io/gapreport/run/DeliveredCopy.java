package io.gapreport.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * One copy the delivery step of a run handled, with the workbook it comes from; and how a
 * run's copies join its workbooks' outcomes in the run summary.
 *
 * @param workbook the workbook, relative to the input folder (where it was when its
 * report was queued or last seen)
 * @param client the client, if known
 * @param wave the wave, if known
 * @param outcome what became of the copy
 */
public record DeliveredCopy(String workbook, @Nullable String client, @Nullable String wave,
		ReportDelivery.Outcome outcome) {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	public DeliveredCopy {
		Objects.requireNonNull(workbook, "workbook");
		Objects.requireNonNull(outcome, "outcome");
	}

	/**
	 * The workbooks' outcomes with what the delivery step did to their copies: a copy
	 * handled later replaces what the report step listed for the same recipient; a
	 * workbook with a copy that failed in this run fails; the copies of a workbook that
	 * is not in this run (moved, edited or removed since its report was queued) get an
	 * entry of their own.
	 */
	public static List<WorkbookOutcome> merge(List<WorkbookOutcome> reports, List<DeliveredCopy> copies) {
		Map<String, Map<String, DeliveredCopy>> byWorkbook = new LinkedHashMap<>();
		for (DeliveredCopy copy : copies) {
			byWorkbook.computeIfAbsent(copy.workbook(), (path) -> new LinkedHashMap<>())
				.put(copy.outcome().key(), copy);
		}
		List<WorkbookOutcome> merged = new ArrayList<>();
		for (WorkbookOutcome report : reports) {
			Map<String, DeliveredCopy> handled = byWorkbook.remove(report.path());
			merged.add((handled == null) ? report : withMail(report, handled.values()));
		}
		for (Map<String, DeliveredCopy> earlier : byWorkbook.values()) {
			DeliveredCopy first = earlier.values().iterator().next();
			merged.add(withMail(new WorkbookOutcome(first.workbook(), first.client(), first.wave(),
					WorkbookOutcome.Status.UNCHANGED,
					"reported by an earlier run (the workbook has moved or changed since); its e-mail was still due",
					List.of(), Duration.ZERO, List.of()), earlier.values()));
		}
		return merged;
	}

	private static WorkbookOutcome withMail(WorkbookOutcome report, Iterable<DeliveredCopy> handled) {
		Map<String, ReportDelivery.Outcome> mail = new LinkedHashMap<>();
		report.mail().forEach((copy) -> mail.put(copy.key(), copy));
		handled.forEach((copy) -> mail.put(copy.outcome().key(), copy.outcome()));
		List<String> failures = new ArrayList<>();
		for (ReportDelivery.Outcome copy : mail.values()) {
			if (copy.status() == ReportDelivery.Status.REFUSED) {
				failures.add("e-mail to " + copy.recipient() + unitOf(copy) + " refused: " + copy.message()
						+ " (not tried again unless the workbook changes or you run with --retry-refused)");
			}
			else if (copy.status().failedNow()) {
				failures.add("e-mail to " + copy.recipient() + unitOf(copy) + " failed: " + copy.message()
						+ " (the report is written; the next run with --mail sends it)");
			}
		}
		boolean failed = !failures.isEmpty();
		String message = failed ? String.join("; ", failures) : report.message();
		return new WorkbookOutcome(report.path(), report.client(), report.wave(),
				failed ? WorkbookOutcome.Status.FAILED : report.status(), message, report.files(), report.elapsed(),
				List.copyOf(mail.values()), report.internalError(), report.worker());
	}

	/** The copies as JSON, for a step execution context. */
	public static String write(List<DeliveredCopy> copies) {
		ArrayNode entries = MAPPER.createArrayNode();
		for (DeliveredCopy copy : copies) {
			entries.addObject()
				.put("workbook", copy.workbook())
				.put("client", copy.client())
				.put("wave", copy.wave())
				.put("to", copy.outcome().recipient())
				.put("status", copy.outcome().status().name())
				.put("message", copy.outcome().message())
				.put("unit", copy.outcome().unit());
		}
		return MAPPER.writeValueAsString(entries);
	}

	/** Reads what {@link #write} wrote. */
	public static List<DeliveredCopy> read(String json) {
		List<DeliveredCopy> copies = new ArrayList<>();
		for (JsonNode entry : MAPPER.readTree(json)) {
			copies.add(new DeliveredCopy(entry.get("workbook").asString(), text(entry.get("client")),
					text(entry.get("wave")),
					new ReportDelivery.Outcome(entry.get("to").asString(),
							ReportDelivery.Status.valueOf(entry.get("status").asString()),
							entry.get("message").asString(), text(entry.get("unit")))));
		}
		return copies;
	}

	private static String unitOf(ReportDelivery.Outcome copy) {
		return (copy.unit() != null) ? " (report of unit " + copy.unit() + ")" : "";
	}

	private static @Nullable String text(@Nullable JsonNode node) {
		return (node == null || node.isNull()) ? null : node.asString();
	}

}
