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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * Every fixed word of the report in one language, from
 * {@code templates/i18n/messages_<language>.properties} and
 * {@code actions_<language>.properties} (UTF-8), packaged in the jar. A consultant's
 * templates folder may hold edited copies: each key it has replaces the packaged text,
 * and a key it lacks (say, one added in a later version) keeps the packaged text.
 */
public final class Messages {

	static final String CLASSPATH_FOLDER = "templates/i18n/";

	/** The files every language has, without the {@code _<language>.properties} tail. */
	private static final List<String> FILES = List.of("messages", "actions", "units", "html", "voice");

	private final String language;

	private final Map<String, String> texts;

	private final Locale locale;

	/**
	 * Each pattern parsed once: a report formats hundreds of texts, and parsing a pattern
	 * costs more than formatting it. A format is not thread-safe, so each use formats
	 * with a clone of the parsed one.
	 */
	private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

	private volatile @Nullable Map<String, String> labels;

	private Messages(String language, Map<String, String> texts) {
		this.language = language;
		this.texts = Collections.unmodifiableMap(texts);
		this.locale = Locale.forLanguageTag(language);
	}

	/**
	 * The messages of {@code language}: the packaged ones, each replaced by the text of
	 * the same key in {@code templatesFolder/i18n} when that folder has it.
	 */
	public static Messages load(String language, @Nullable Path templatesFolder) {
		Map<String, String> texts = new TreeMap<>();
		for (String file : FILES) {
			String name = file + "_" + language + ".properties";
			try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(CLASSPATH_FOLDER + name)) {
				if (in == null) {
					throw new IllegalArgumentException("no report messages for language " + language);
				}
				read(in, texts);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			Path edited = (templatesFolder != null) ? templatesFolder.resolve("i18n").resolve(name) : null;
			if (edited != null && Files.isRegularFile(edited)) {
				try (InputStream in = Files.newInputStream(edited)) {
					read(in, texts);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		}
		return new Messages(language, texts);
	}

	private static void read(InputStream in, Map<String, String> texts) throws IOException {
		var properties = new Properties();
		properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		properties.stringPropertyNames().forEach((key) -> texts.put(key, properties.getProperty(key)));
	}

	public String language() {
		return this.language;
	}

	public Locale locale() {
		return this.locale;
	}

	/** Every key, for checks that no language lacks one. */
	public Set<String> keys() {
		return this.texts.keySet();
	}

	/**
	 * Every key and its text as printed (placeholders left as they are), for the
	 * templates.
	 */
	public Map<String, String> labels() {
		Map<String, String> labels = this.labels;
		if (labels == null) {
			var all = new TreeMap<String, String>();
			this.texts.keySet().forEach((key) -> all.put(key, get(key)));
			labels = Collections.unmodifiableMap(all);
			this.labels = labels;
		}
		return labels;
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
		MessageFormat format = this.formats.computeIfAbsent(key, (each) -> new MessageFormat(pattern, this.locale));
		return ((MessageFormat) format.clone()).format(arguments);
	}

}
