package io.gapreport.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.core.XHTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/**
 * FreeMarker templates that turn a report model into XHTML. Output is auto-escaped
 * ({@code .ftlh} as HTML, anything else as XHTML), so text from a workbook is always
 * printed literally. Templates come from the packaged {@code templates/} folder, or from
 * a user's directory whose files take precedence over the packaged ones.
 */
public final class Templates {

	private static final String PACKAGED = "/templates";

	private final Configuration configuration;

	private Templates(TemplateLoader loader) {
		Configuration config = new Configuration(Configuration.VERSION_2_3_34);
		config.setTemplateLoader(loader);
		config.setDefaultEncoding(StandardCharsets.UTF_8.name());
		config.setOutputEncoding(StandardCharsets.UTF_8.name());
		config.setRecognizeStandardFileExtensions(true);
		config.setOutputFormat(XHTMLOutputFormat.INSTANCE);
		config.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
		config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
		config.setLogTemplateExceptions(false);
		config.setWrapUncheckedExceptions(true);
		config.setFallbackOnNullLoopVariable(false);
		// user templates may only format, never reach into Java
		config.setAPIBuiltinEnabled(false);
		config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
		this.configuration = config;
	}

	/**
	 * The templates packaged with the program.
	 * @return the packaged templates
	 */
	public static Templates packaged() {
		return new Templates(new ClassTemplateLoader(Templates.class, PACKAGED));
	}

	/**
	 * Templates from a user's directory ({@code --templates DIR}), falling back to the
	 * packaged ones for any template the directory lacks.
	 * @param directory the directory
	 * @return the templates
	 */
	public static Templates from(Path directory) {
		try {
			TemplateLoader user = new FileTemplateLoader(directory.toFile());
			return new Templates(new MultiTemplateLoader(
					new TemplateLoader[] { user, new ClassTemplateLoader(Templates.class, PACKAGED) }));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read templates from " + directory, ex);
		}
	}

	/**
	 * Renders one template.
	 * @param name the template name, for example {@code report.ftlh}
	 * @param model the data the template shows
	 * @param locale the locale for any formatting done in the template
	 * @return the XHTML
	 */
	public String render(String name, Object model, Locale locale) {
		try {
			StringWriter out = new StringWriter();
			var template = this.configuration.getTemplate(name, locale);
			var environment = template.createProcessingEnvironment(model, out);
			environment.setLocale(locale);
			environment.process();
			return out.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot load template " + name, ex);
		}
		catch (TemplateException ex) {
			throw new IllegalStateException("Template " + name + " failed: " + ex.getMessage(), ex);
		}
	}

}
