package io.gapreport.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.jspecify.annotations.Nullable;

/**
 * Every fixed word of the report in one language, from
 * {@code templates/i18n/messages_<language>.properties} (UTF-8): packaged in the jar, or
 * from a consultant's templates folder when it has the file.
 */
public final class Messages {

	static final String CLASSPATH_FOLDER = "templates/i18n/";

	private final String language;

	private final Map<String, String> texts;

	private Messages(String language, Map<String, String> texts) {
		this.language = language;
		this.texts = Collections.unmodifiableMap(texts);
	}

	/**
	 * The messages of {@code language}, from {@code templatesFolder/i18n} when that has
	 * them, else from the packaged defaults.
	 */
	public static Messages load(String language, @Nullable Path templatesFolder) {
		String name = "messages_" + language + ".properties";
		if (templatesFolder != null && Files.isRegularFile(templatesFolder.resolve("i18n").resolve(name))) {
			try (InputStream in = Files.newInputStream(templatesFolder.resolve("i18n").resolve(name))) {
				return new Messages(language, read(in));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(CLASSPATH_FOLDER + name)) {
			if (in == null) {
				throw new IllegalArgumentException("no report messages for language " + language);
			}
			return new Messages(language, read(in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Map<String, String> read(InputStream in) throws IOException {
		var properties = new Properties();
		properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		var texts = new LinkedHashMap<String, String>();
		properties.stringPropertyNames()
			.stream()
			.sorted()
			.forEach((key) -> texts.put(key, properties.getProperty(key)));
		return texts;
	}

	public String language() {
		return this.language;
	}

	public Locale locale() {
		return Locale.forLanguageTag(this.language);
	}

	/** Every key, for checks that no language lacks one. */
	public java.util.Set<String> keys() {
		return this.texts.keySet();
	}

	/**
	 * Every key and its text as printed (placeholders left as they are), for the
	 * templates.
	 */
	public Map<String, String> labels() {
		var labels = new LinkedHashMap<String, String>();
		this.texts.keySet().forEach((key) -> labels.put(key, get(key)));
		return Collections.unmodifiableMap(labels);
	}

	/** The pattern of {@code key} as written in the file. */
	String raw(String key) {
		return this.texts.getOrDefault(key, "");
	}

	/** The text of {@code key}, with its {@code {0}} placeholders filled in. */
	public String get(String key, Object... arguments) {
		String pattern = this.texts.get(key);
		if (pattern == null) {
			throw new IllegalStateException("report message " + key + " is missing for language " + this.language);
		}
		if (arguments.length == 0 && pattern.indexOf('\'') < 0) {
			return pattern;
		}
		return new MessageFormat(pattern, locale()).format(arguments);
	}

}
