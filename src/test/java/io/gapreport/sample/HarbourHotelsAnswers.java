package io.gapreport.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.gapreport.output.AtomicFiles;

/**
 * Draws the answers of the sample Qualtrics export
 * {@code input/harbour-hotels-2026-q3-qualtrics.csv} the way {@code sample} draws a
 * workbook's customers: each guest has a demanding-ness that raises every expectation and
 * an attitude that raises every perception (lowered when the request was not dealt with
 * at the first contact) and the likelihood to recommend, so that a level's questions hang
 * together and the likelihood to recommend follows the perceptions.
 * <p>
 * Only the answers are drawn: the likelihood to recommend ({@code Q4}) with its group,
 * and the expectations ({@code Q5_1}…{@code Q5_8}) and perceptions ({@code Q6_1}…
 * {@code Q6_8}) on the agree scale. Every other field is kept as written, and so are the
 * answers left blank and the "Rather not say", so drawing again gives the same file. Run
 * by hand, not a unit test:
 *
 * <pre>
 * mvn -B -ntp -q test-compile
 * java -cp target/classes:target/test-classes io.gapreport.sample.HarbourHotelsAnswers input/harbour-hotels-2026-q3-qualtrics.csv
 * </pre>
 */
final class HarbourHotelsAnswers {

	static final long SEED = 2026;

	/** The agree scale, 1 to 5, as the workbook's Mapping sheet maps it. */
	private static final List<String> AGREE = List.of("Strongly disagree", "Disagree", "Neither agree nor disagree",
			"Agree", "Strongly agree");

	/**
	 * The questions' mean expectation before rounding and clamping to the scale, ACC1,
	 * ACC2, AVL1, AVL2, PRT1, PRT2, ADV1, ADV2: guests expect accuracy and availability
	 * most.
	 */
	private static final double[] EXPECTED = { 4.75, 4.65, 4.5, 4.6, 3.85, 3.9, 3.05, 3.0 };

	/**
	 * Their mean perception: accuracy a little short of what guests expect, availability
	 * well short (the wait at reception, the unanswered phone), partnership and advice
	 * about as expected.
	 */
	private static final double[] PERCEIVED = { 4.4, 4.35, 3.55, 3.4, 3.8, 3.6, 3.1, 2.85 };

	private final Random random;

	private HarbourHotelsAnswers(long seed) {
		this.random = new Random(seed);
	}

	public static void main(String[] args) throws IOException {
		Path export = Path.of(args[0]);
		byte[] drawn = draw(Files.readString(export)).getBytes(StandardCharsets.UTF_8);
		AtomicFiles.write(export, (out) -> out.write(drawn));
	}

	/** {@code export} (the text of a Qualtrics export) with its answers drawn anew. */
	static String draw(String export) {
		List<Record> records = Record.split(export);
		Columns columns = new Columns(records.getFirst().fields());
		HarbourHotelsAnswers answers = new HarbourHotelsAnswers(SEED);
		StringBuilder drawn = new StringBuilder(export.length());
		for (int r = 0; r < records.size(); r++) {
			Record record = records.get(r);
			// the field names, the question texts and the ImportIds come first
			List<String> fields = (r < 3) ? record.fields() : answers.guest(columns, record.fields());
			drawn.append(String.join(",", fields)).append(record.end());
		}
		return drawn.toString();
	}

	/**
	 * One guest's row with answers drawn (spreads in points of the 1–5 scale); every draw
	 * is made even for a blank cell, so the blanks never change the other answers.
	 */
	private List<String> guest(Columns columns, List<String> row) {
		List<String> fields = new ArrayList<>(row);
		double demanding = gauss(0.45);
		double attitude = gauss(0.65) + ("No".equals(row.get(columns.resolved())) ? -0.3 : 0.1);
		for (int i = 0; i < EXPECTED.length; i++) {
			agree(fields, columns.expected(i), EXPECTED[i] + demanding + gauss(0.35));
			agree(fields, columns.perceived(i), PERCEIVED[i] + attitude + gauss(0.25));
		}
		long recommend = Math.max(0, Math.min(10, Math.round(7.8 + 2.0 * attitude + gauss(1.1))));
		if (!fields.get(columns.recommend()).isEmpty()) {
			fields.set(columns.recommend(), Long.toString(recommend));
			fields.set(columns.group(), (recommend >= 9) ? "Promoter" : (recommend >= 7) ? "Passive" : "Detractor");
		}
		return fields;
	}

	/**
	 * Sets an agree-scale answer unless the guest left it blank or would rather not say.
	 */
	private static void agree(List<String> fields, int column, double value) {
		String answer = fields.get(column);
		if (AGREE.contains(answer)) {
			fields.set(column, AGREE.get((int) Math.max(1, Math.min(5, Math.round(value))) - 1));
		}
		else if (!answer.isEmpty() && !answer.equals("Rather not say")) {
			throw new IllegalArgumentException("not on the agree scale: " + answer);
		}
	}

	private double gauss(double sd) {
		return this.random.nextGaussian() * sd;
	}

	/** Where the answers are: the export's first row names its fields. */
	private record Columns(List<String> names) {

		int resolved() {
			return column("Q3");
		}

		int recommend() {
			return column("Q4");
		}

		int group() {
			return column("Q4_NPS_GROUP");
		}

		int expected(int item) {
			return column("Q5_" + (item + 1));
		}

		int perceived(int item) {
			return column("Q6_" + (item + 1));
		}

		private int column(String name) {
			int column = this.names.indexOf(name);
			if (column < 0) {
				throw new IllegalArgumentException("no " + name + " column");
			}
			return column;
		}

	}

	/**
	 * A record of the export: its fields as written (quotes kept) and the line end after
	 * it.
	 */
	private record Record(List<String> fields, String end) {

		static List<Record> split(String text) {
			List<Record> records = new ArrayList<>();
			List<String> fields = new ArrayList<>();
			boolean quoted = false;
			int start = 0;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c == '"') {
					quoted = !quoted;
				}
				else if (!quoted && c == ',') {
					fields.add(text.substring(start, i));
					start = i + 1;
				}
				else if (!quoted && (c == '\r' || c == '\n')) {
					fields.add(text.substring(start, i));
					int end = (c == '\r' && text.startsWith("\n", i + 1)) ? i + 2 : i + 1;
					records.add(new Record(fields, text.substring(i, end)));
					fields = new ArrayList<>();
					start = end;
					i = end - 1;
				}
			}
			if (start < text.length()) {
				fields.add(text.substring(start));
				records.add(new Record(fields, ""));
			}
			return records;
		}

	}

}
