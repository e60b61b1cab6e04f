package io.gapreport.output;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import io.gapreport.scoring.Scores;
import io.gapreport.scoring.UnitScore;
import io.gapreport.scoring.UnitStanding;
import io.gapreport.scoring.VsRest;
import io.gapreport.scoring.WorkbookScores;
import io.gapreport.survey.Level;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The units' part of {@code scores.json} (units.md, version 4): the client's
 * {@code units} list, and each unit's own scores.json with {@code unit}, {@code vs_rest}
 * and {@code nps_vs_rest} beside every version-3 field.
 */
public final class UnitsJson {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private UnitsJson() {
	}

	/** The folder of a unit's files, relative to the client report's folder. */
	public static String folder(UnitScore unit) {
		return "units/" + Slug.of(unit.unit());
	}

	/**
	 * The files of a unit's report, relative to the client report's folder: its report
	 * files ({@code report.pdf}, {@code report.html}), then its {@code scores.json}.
	 */
	public static List<String> files(UnitScore unit, List<String> reportFiles) {
		List<String> files = new ArrayList<>();
		reportFiles.forEach((name) -> files.add(folder(unit) + "/" + name));
		files.add(folder(unit) + "/scores.json");
		return files;
	}

	/**
	 * Writes the client's scores.json, with its {@code units}, whose report files are
	 * {@code report.pdf}.
	 */
	public static void write(WorkbookScores scores, OutputStream out) throws IOException {
		write(scores, List.of("report.pdf"), out);
	}

	/**
	 * Writes the client's scores.json, with its {@code units}, each unit's report made of
	 * {@code reportFiles}.
	 */
	public static void write(WorkbookScores scores, List<String> reportFiles, OutputStream out) throws IOException {
		ObjectNode root = ScoresJson.toJson(scores.client());
		ArrayNode units = root.putArray("units");
		for (UnitScore unit : scores.units()) {
			ObjectNode node = units.addObject()
				.put("unit", unit.unit())
				.put("name", unit.name())
				.put("n", unit.n())
				.put("suppressed", unit.suppressed());
			Scores own = unit.scores();
			if (own != null && unit.standing() != null) {
				ObjectNode gap5 = node.putObject("gap5");
				for (Level level : Level.values()) {
					gap5.put(level.key(), own.level(level).gap5().mean());
				}
				gap5.put("overall", own.gap5());
				node.put("nps", (own.nps() != null) ? own.nps().score() : null);
				putVsRest(node.putObject("vs_rest"), unit.standing());
				ArrayNode files = node.putArray("files");
				files(unit, reportFiles).forEach(files::add);
			}
		}
		MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, root);
	}

	/**
	 * Writes a unit's own scores.json.
	 * @throws IllegalArgumentException when the unit is suppressed (it has none)
	 */
	public static void writeUnit(UnitScore unit, OutputStream out) throws IOException {
		Scores own = unit.scores();
		UnitStanding standing = unit.standing();
		if (own == null || standing == null) {
			throw new IllegalArgumentException("a suppressed unit has no scores.json");
		}
		ObjectNode root = ScoresJson.toJson(own);
		root.putObject("unit").put("unit", unit.unit()).put("name", unit.name());
		putVsRest(root.putObject("vs_rest"), standing);
		putEntry(root, "nps_vs_rest", standing.nps());
		MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, root);
	}

	private static void putVsRest(ObjectNode node, UnitStanding standing) {
		for (Level level : Level.values()) {
			putEntry(node, level.key(), standing.level(level));
		}
		putEntry(node, "overall", standing.overall());
	}

	private static void putEntry(ObjectNode node, String name, @Nullable VsRest vs) {
		if (vs == null) {
			node.putNull(name);
			return;
		}
		ObjectNode entry = node.putObject(name).put("diff", vs.diff()).put("low", vs.low()).put("high", vs.high());
		if (!name.equals("nps_vs_rest")) {
			entry.put("status", vs.status().key());
		}
	}

}
