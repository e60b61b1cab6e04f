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
import org.apache.poi.ss.usermodel.DateUtil;
import org.jspecify.annotations.Nullable;

/**
 * Reads the Engagement sheet: keys in column A, values in column B, no header row.
 */
final class EngagementSheet {

	static final String SHEET = "Engagement";

	/** Every key the sheet may hold, in the order the documentation lists them. */
	static final List<String> KEYS = List.of("client", "wave", "wave_date", "language", "scale", "recipients",
			"consultant", "min_group_size", "responses", "responses_format");

	private static final Pattern SCALE = Pattern.compile("(-?\\d{1,4})\\s*[-\u2013]\\s*(-?\\d{1,4})");

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
		String client = required("client");
		String wave = required("wave");
		Scale scale = scale();
		String language = language();
		LocalDate waveDate = waveDate();
		int minGroupSize = minGroupSize();
		List<String> recipients = recipients();
		String consultant = text("consultant");
		String responses = responses();
		ExportFormat format = responsesFormat();
		if (client == null || wave == null || language == null) {
			return new Result(null, scale, responses, format);
		}
		return new Result(new Engagement(client, wave, waveDate, language, scale, recipients, consultant, minGroupSize),
				scale, responses, format);
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

	private List<String> recipients() {
		String text = text("recipients");
		List<String> recipients = new ArrayList<>();
		if (text != null) {
			for (String address : text.split("[,;]")) {
				String trimmed = address.strip();
				if (trimmed.isEmpty()) {
					continue;
				}
				if (trimmed.indexOf('@') < 1 || trimmed.chars().anyMatch(Character::isWhitespace)) {
					this.errors.add(where("recipients") + "recipient \"" + trimmed + "\" is not an e-mail address");
				}
				recipients.add(trimmed);
			}
		}
		return recipients;
	}

	/**
	 * The engagement (null when it has errors), the answer scale, and the survey tool's
	 * export that holds the customers' answers (null when the Customers sheet does).
	 */
	record Result(@Nullable Engagement engagement, Scale scale, @Nullable String responses, ExportFormat format) {

		static final Result UNREADABLE = new Result(null, Scale.DEFAULT, null, ExportFormat.PLAIN);

	}

}
