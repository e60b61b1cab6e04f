package io.gapreport.workbook;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.gapreport.survey.Engagement;
import io.gapreport.survey.Scale;
import io.gapreport.survey.Sector;
import org.apache.poi.ss.usermodel.DateUtil;
import org.jspecify.annotations.Nullable;

/**
 * Reads the Engagement sheet: keys in column A, values in column B, no header row.
 */
final class EngagementSheet {

	static final String SHEET = "Engagement";

	/** Every key the sheet may hold, in the order the documentation lists them. */
	static final List<String> KEYS = List.of("client", "wave", "wave_date", "language", "scale", "recipients",
			"consultant", "min_group_size", "sector", "responses", "responses_format");

	private static final Pattern SCALE = Pattern.compile("(-?\\d{1,4})\\s*[-\u2013]\\s*(-?\\d{1,4})");

	/** Longest client or wave: beyond this it is not a name but pasted text. */
	static final int MAX_NAME = 200;

	private final Map<String, SheetRow> rows = new HashMap<>();

	private final List<String> errors;

	private EngagementSheet(List<String> errors) {
		this.errors = errors;
	}

	/**
	 * Reads the engagement, adding a workbook error to {@code errors} for every bad key.
	 * The result's engagement is null when an error prevents it; its scale is always set.
	 */
	static Result read(List<SheetRow> rows, List<String> errors) {
		EngagementSheet sheet = new EngagementSheet(errors);
		for (SheetRow row : rows) {
			String key = row.text(0).toLowerCase(Locale.ROOT);
			if (key.isEmpty()) {
				continue;
			}
			SheetRow earlier = sheet.rows.putIfAbsent(key, row);
			if (earlier != null) {
				errors.add(SHEET + "!" + row.reference(0) + ": key " + key + " repeats row " + earlier.number());
			}
		}
		return sheet.engagement();
	}

	private Result engagement() {
		String client = name("client");
		boolean unedited = client != null && Placeholders.isClient(client);
		if (unedited) {
			this.errors.add(where("client") + "client \"" + client + "\" is the template's placeholder: this "
					+ "workbook has not been filled in (type the client's name, the recipients and the answers)");
			client = null;
		}
		String wave = name("wave");
		Scale scale = scale();
		String language = language();
		LocalDate waveDate = waveDate();
		int minGroupSize = minGroupSize();
		List<String> recipients = recipients();
		String consultant = name("consultant");
		Sector sector = sector();
		String scaleCell = this.rows.containsKey("scale") ? SHEET + "!" + this.rows.get("scale").reference(1)
				: SHEET + " (no scale key, so " + Scale.DEFAULT + ")";
		String responses = responses();
		String responsesCell = this.rows.containsKey("responses")
				? SHEET + "!" + this.rows.get("responses").reference(1) : SHEET;
		ExportFormat format = responsesFormat();
		if (client == null || wave == null || language == null) {
			return new Result(null, scale, scaleCell, responses, responsesCell, format);
		}
		return new Result(
				new Engagement(client, wave, waveDate, language, scale, recipients, consultant, minGroupSize, sector),
				scale, scaleCell, responses, responsesCell, format);
	}

	private @Nullable String responses() {
		String text = text("responses");
		if (text != null && ExportFile.EXTENSIONS.stream()
			.noneMatch((extension) -> text.toLowerCase(Locale.ROOT).endsWith(extension))) {
			this.errors.add(where("responses") + "responses \"" + text + "\" must name a "
					+ String.join(", ", ExportFile.EXTENSIONS) + " file");
		}
		return text;
	}

	private ExportFormat responsesFormat() {
		String text = text("responses_format");
		if (text == null) {
			return ExportFormat.PLAIN;
		}
		ExportFormat format = ExportFormat.of(text);
		if (format == null) {
			this.errors.add(where("responses_format") + "unknown responses_format \"" + text + "\" (expected "
					+ String.join(", ", ExportFormat.keys()) + ")");
			return ExportFormat.PLAIN;
		}
		return format;
	}

	/**
	 * A name printed on the report and kept in the job database: required for client and
	 * wave, at most {@link #MAX_NAME} characters, no control characters.
	 */
	private @Nullable String name(String key) {
		String value = key.equals("consultant") ? text(key) : required(key);
		if (value == null) {
			return null;
		}
		if (value.codePoints().anyMatch(Character::isISOControl)) {
			this.errors.add(where(key) + key + " contains a control character (such as a line break or NUL): "
					+ "type it on one line");
			return null;
		}
		if (value.length() > MAX_NAME) {
			this.errors.add(where(key) + key + " is " + value.length() + " characters long (at most " + MAX_NAME + ")");
			return null;
		}
		return value;
	}

	private @Nullable String text(String key) {
		if (!KEYS.contains(key)) {
			// a key read here but missing from KEYS would escape the documentation test
			throw new IllegalArgumentException("Engagement key " + key + " is not in KEYS");
		}
		SheetRow row = this.rows.get(key);
		return (row != null) ? row.textOrNull(1) : null;
	}

	private String where(String key) {
		return SHEET + "!" + this.rows.get(key).reference(1) + ": ";
	}

	private @Nullable String required(String key) {
		String value = text(key);
		if (value == null) {
			this.errors.add(this.rows.containsKey(key) ? where(key) + key + " is blank"
					: SHEET + ": missing key " + key + " (key in column A, value in column B)");
		}
		return value;
	}

	private Scale scale() {
		String text = text("scale");
		if (text == null) {
			return Scale.DEFAULT;
		}
		Matcher matcher = SCALE.matcher(text);
		if (matcher.matches()) {
			int min = Integer.parseInt(matcher.group(1));
			int max = Integer.parseInt(matcher.group(2));
			if (min < max) {
				return new Scale(min, max);
			}
		}
		this.errors.add(where("scale") + "bad scale \"" + text + "\" (expected MIN-MAX, whole numbers, e.g. 1-7)");
		return Scale.DEFAULT;
	}

	private @Nullable String language() {
		String text = text("language");
		if (text == null) {
			return "en";
		}
		String language = text.toLowerCase(Locale.ROOT);
		if (!Engagement.LANGUAGES.contains(language)) {
			this.errors.add(where("language") + "unknown language \"" + text + "\" (expected "
					+ String.join(", ", Engagement.LANGUAGES) + ")");
			return null;
		}
		return language;
	}

	private Sector sector() {
		String text = text("sector");
		if (text == null) {
			return Sector.OTHER;
		}
		return Sector.parse(text).orElseGet(() -> {
			this.errors.add(where("sector") + "unknown sector \"" + text + "\" (expected "
					+ String.join(", ", Sector.KEYS) + ")");
			return Sector.OTHER;
		});
	}

	private @Nullable LocalDate waveDate() {
		String text = text("wave_date");
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			double serial = Values.number(text);
			if (DateUtil.isValidExcelDate(serial)) {
				return DateUtil.getLocalDateTime(serial).toLocalDate();
			}
			this.errors.add(where("wave_date") + "wave_date \"" + text + "\" is not a date (Excel date or yyyy-mm-dd)");
			return null;
		}
	}

	private int minGroupSize() {
		String text = text("min_group_size");
		if (text == null) {
			return Engagement.DEFAULT_MIN_GROUP_SIZE;
		}
		double value = Values.number(text);
		if (value >= 1 && value <= Integer.MAX_VALUE && value == Math.rint(value)) {
			return (int) value;
		}
		this.errors.add(where("min_group_size") + "min_group_size \"" + text + "\" must be a whole number >= 1");
		return Engagement.DEFAULT_MIN_GROUP_SIZE;
	}

	/**
	 * The recipients, separated by commas, semicolons or line breaks; each one plain
	 * address, a repeat (ignoring case) left out.
	 */
	private List<String> recipients() {
		String text = text("recipients");
		return (text != null) ? Recipients.read(text, where("recipients"), this.errors, true) : new ArrayList<>();
	}

	/**
	 * The engagement (null when it has errors), the answer scale and the cell it was read
	 * from, and the survey tool's export that holds the customers' answers (null when the
	 * Customers sheet does) and the cell that names it.
	 */
	record Result(@Nullable Engagement engagement, Scale scale, String scaleCell, @Nullable String responses,
			String responsesCell, ExportFormat format) {

		static final Result UNREADABLE = new Result(null, Scale.DEFAULT, SHEET, null, SHEET, ExportFormat.PLAIN);

	}

}
