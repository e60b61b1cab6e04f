package io.gapreport.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.gapreport.survey.Level;
import io.gapreport.survey.Scale;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** The sheets of one synthetic workbook, drawn from one seeded random source. */
final class SampleSheets {

	private static final String[] SEGMENTS = { "Retail", "Retail", "Retail", "Business", "Business", "Public" };

	private static final String[] CHANNELS = { "phone", "phone", "phone", "email", "E-mail", "chat", "chat",
			"in-person", "web" };

	private static final double[] RESOLVED = { 0.74, 0.74, 0.74, 0.55, 0.55, 0.36, 0.36, 0.8, 0.5 };

	/**
	 * How many comments the samples once drew from this source: kept so its draws stay.
	 */
	private static final int OLD_COMMENTS = 6;

	private final Workbook workbook;

	private final SampleClient client;

	private final Random random;

	private final SheetRows rows;

	private final Scale scale;

	private final double unit;

	private final List<Level> levels = new ArrayList<>();

	private final List<String> codes = new ArrayList<>();

	private final double[] baseExpectation;

	private final SampleVoice voice;

	private final SampleUnitDraws units;

	SampleSheets(Workbook workbook, SampleClient client) {
		this.workbook = workbook;
		this.client = client;
		this.random = new Random(client.seed());
		this.rows = new SheetRows(workbook);
		this.voice = new SampleVoice(client.seed(), client.language());
		this.scale = client.scale();
		this.unit = (this.scale.max() - this.scale.min()) / 6.0;
		this.baseExpectation = new double[client.items()];
		this.units = new SampleUnitDraws(client);
		int[] perLevel = new int[4];
		for (int i = 0; i < client.items(); i++) {
			Level level = QuestionBank.levelOf(i, client.items());
			this.levels.add(level);
			this.codes.add(QuestionBank.CODES.get(level) + (++perLevel[level.ordinal()]));
			this.baseExpectation[i] = this.scale.min() + (0.68 + 0.17 * this.random.nextDouble()) * 6 * this.unit;
		}
	}

	void write() {
		engagement();
		items();
		customers();
		double[] standards = standards();
		management();
		audits(standards);
		SampleVoice.themes(this.workbook, this.rows, this.client.language());
		this.units.writeSheet(this.workbook, this.rows);
		if ("en".equals(this.client.language())) {
			Sheet benchmarks = this.workbook.createSheet("Benchmarks");
			this.rows.header(benchmarks, List.of("channel", "best", "rest"));
			this.rows.write(benchmarks, 1, "in-person", "85%", "60%");
		}
	}

	private void engagement() {
		Sheet sheet = this.workbook.createSheet("Engagement");
		int row = 0;
		this.rows.write(sheet, row++, "client", this.client.client());
		this.rows.write(sheet, row++, "wave", this.client.wave());
		this.rows.write(sheet, row++, "wave_date", this.client.waveDate());
		this.rows.write(sheet, row++, "language", this.client.language());
		this.rows.write(sheet, row++, "scale", this.scale.toString());
		this.rows.write(sheet, row++, "recipients", String.join("; ", this.client.recipients()));
		this.rows.write(sheet, row++, "consultant", "Service Quality Partners");
		this.rows.write(sheet, row++, "min_group_size", 5);
		this.rows.write(sheet, row, "sector", this.client.sector().key());
	}

	private void items() {
		Sheet sheet = this.workbook.createSheet("Items");
		this.rows.header(sheet, List.of("code", "text", "level", "dimension", "weight"));
		int[] perLevel = new int[4];
		for (int i = 0; i < this.codes.size(); i++) {
			Level level = this.levels.get(i);
			this.rows.write(sheet, i + 1, this.codes.get(i),
					QuestionBank.text(level, perLevel[level.ordinal()]++, this.client.language(), this.client.sector()),
					level.key(), QuestionBank.DIMENSIONS.get(level), 1 + this.random.nextInt(3));
		}
	}

	private void customers() {
		Sheet sheet = this.workbook.createSheet("Customers");
		List<String> header = new ArrayList<>(
				List.of("respondent", "date", "segment", "channel", "resolved", "nps", "comment"));
		this.codes.forEach((code) -> header.addAll(List.of("E:" + code, "P:" + code)));
		this.units.withColumn(header);
		this.rows.header(sheet, header);
		for (int r = 1; r <= this.client.respondents(); r++) {
			Object[] values = new Object[header.size()];
			SampleUnit unit = this.units.customer(r);
			if (unit != null) {
				values[header.size() - 1] = unit.unit();
			}
			double unitShift = (unit != null) ? unit.shift() : 0;
			boolean duplicate = r > 2 && chance(this.client.dirtyRate() * 2);
			values[0] = "C" + (duplicate ? r - 1 : r);
			values[1] = this.client.waveDate().minusDays(this.random.nextInt(60));
			values[2] = SEGMENTS[this.random.nextInt(SEGMENTS.length)];
			int channel = this.random.nextInt(CHANNELS.length);
			values[3] = CHANNELS[channel];
			double demanding = gauss(0.6);
			double attitude = gauss(0.85);
			boolean resolved = chance(Math.min(0.97, Math.max(0.03, RESOLVED[channel] + 0.08 * attitude)));
			values[4] = chance(0.05) ? null : (resolved ? "yes" : "no");
			values[5] = chance(0.06) ? null : (double) clamp(Math.round(7.3 + 1.9 * attitude + gauss(1.3)), 0, 10);
			if (chance(0.05)) {
				// the draws of the comments the samples once had, so that the answers
				// stay
				this.random.nextInt(OLD_COMMENTS);
			}
			values[6] = this.voice.comment(attitude);
			if (!chance(this.client.dirtyRate())) {
				for (int i = 0; i < this.codes.size(); i++) {
					double shift = this.client.levelShift().get(this.levels.get(i).ordinal());
					values[7 + 2 * i] = answer(this.baseExpectation[i] + (demanding + gauss(0.5)) * this.unit);
					values[8 + 2 * i] = answer(
							this.baseExpectation[i] + (shift + unitShift + attitude + gauss(0.6)) * this.unit);
				}
			}
			this.rows.write(sheet, r, values);
		}
	}

	private void management() {
		Sheet sheet = this.workbook.createSheet("Management");
		List<String> header = new ArrayList<>(List.of("respondent", "role"));
		this.codes.forEach((code) -> header.addAll(List.of("E:" + code, "P:" + code)));
		this.units.withColumn(header);
		this.rows.header(sheet, header);
		String[] roles = { "CEO", "Head of service", "Sales director", "Operations manager", "Marketing director",
				"Regional manager", "Finance director", "Head of IT" };
		int managers = 3 + this.random.nextInt(6);
		for (int m = 0; m < managers; m++) {
			Object[] values = new Object[header.size()];
			values[0] = "M" + (m + 1);
			values[1] = roles[m];
			SampleUnit runs = this.units.manager(m);
			if (runs != null) {
				values[header.size() - 1] = runs.unit();
			}
			double overrating = 0.5 + this.random.nextDouble();
			for (int i = 0; i < this.codes.size(); i++) {
				double underestimate = (this.levels.get(i) == Level.AVAILABILITY) ? 0.7 : 0.2;
				double shift = this.client.levelShift().get(this.levels.get(i).ordinal());
				values[2 + 2 * i] = answer(this.baseExpectation[i] + (gauss(0.5) - underestimate) * this.unit);
				values[3 + 2 * i] = answer(
						this.baseExpectation[i] + (0.3 * shift + overrating + gauss(0.5)) * this.unit);
			}
			this.rows.write(sheet, m + 1, values);
		}
	}

	private double[] standards() {
		Sheet sheet = this.workbook.createSheet("Standards");
		this.rows.header(sheet, List.of("code", "standard", "promised"));
		double[] standards = new double[this.codes.size()];
		for (int i = 0; i < this.codes.size(); i++) {
			standards[i] = answerValue(this.baseExpectation[i] + (gauss(0.4) - 0.3) * this.unit);
			double promised = clamp(standards[i] + (chance(0.6) ? 1 : 0), this.scale.min(), this.scale.max());
			this.rows.write(sheet, i + 1, this.codes.get(i), standards[i], promised);
		}
		return standards;
	}

	private void audits(double[] standards) {
		Sheet sheet = this.workbook.createSheet("Audits");
		List<String> header = new ArrayList<>(List.of("visit", "date", "location"));
		this.codes.forEach((code) -> header.add("D:" + code));
		this.units.withColumn(header);
		this.rows.header(sheet, header);
		String[] locations = { "Head office", "North branch", "South branch", "Call centre" };
		int visits = 4 + this.random.nextInt(9);
		for (int v = 0; v < visits; v++) {
			Object[] values = new Object[header.size()];
			values[0] = "V" + (v + 1);
			values[1] = this.client.waveDate().minusDays(7L * v);
			values[2] = locations[v % locations.length];
			SampleUnit unit = this.units.visit(v);
			if (unit != null) {
				values[header.size() - 1] = unit.unit();
				values[2] = unit.name();
			}
			for (int i = 0; i < this.codes.size(); i++) {
				double shift = this.client.levelShift().get(this.levels.get(i).ordinal())
						+ ((unit != null) ? unit.shift() : 0);
				values[3 + i] = answerValue(standards[i] + (0.7 * shift + gauss(0.6)) * this.unit);
			}
			this.rows.write(sheet, v + 1, values);
		}
	}

	/** An answer cell: mostly a number on the scale; now and then blank or dirty. */
	private Object answer(double value) {
		if (chance(0.03)) {
			return null;
		}
		if (chance(this.client.dirtyRate())) {
			return switch (this.random.nextInt(7)) {
				case 0 -> "N/A";
				case 1 -> "-";
				case 2 -> (double) (this.scale.max() + 2);
				case 3 -> "good";
				case 4 -> ((int) answerValue(value)) + ",0";
				case 5 -> "?";
				default -> "n.a.";
			};
		}
		return answerValue(value);
	}

	private double answerValue(double value) {
		return clamp(Math.round(value), this.scale.min(), this.scale.max());
	}

	private static double clamp(double value, double min, double max) {
		return Math.max(min, Math.min(max, value));
	}

	private double gauss(double sd) {
		return this.random.nextGaussian() * sd;
	}

	private boolean chance(double probability) {
		return this.random.nextDouble() < probability;
	}

}
