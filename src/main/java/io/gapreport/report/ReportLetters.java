package io.gapreport.report;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * Words the e-mail that carries a report, from the report's own model (so the figures in
 * the mail are the report's): the subject, and page 1 of the report as simple HTML
 * ({@code mail.ftlh}) with its plain-text alternative ({@code mail-text.ftl}) in the
 * report's language, each with one of the two endings, the PDF attached or too large to
 * attach. A unit's report names the unit in the subject and the first sentence, and gives
 * its standing against the rest.
 */
public final class ReportLetters {

	/** The HTML body's template. */
	public static final String HTML_TEMPLATE = "mail.ftlh";

	/** The plain-text body's template. */
	public static final String TEXT_TEMPLATE = "mail-text.ftl";

	private final @Nullable Path templatesFolder;

	private final Templates templates;

	private final Map<String, Messages> messages = new ConcurrentHashMap<>();

	private ReportLetters(@Nullable Path templatesFolder, Templates templates) {
		this.templatesFolder = templatesFolder;
		this.templates = templates;
	}

	/** Letters in the packaged words and templates. */
	public static ReportLetters packaged() {
		return new ReportLetters(null, Templates.packaged());
	}

	/**
	 * Letters in a consultant's words and templates, falling back to the packaged ones.
	 */
	public static ReportLetters from(Path templatesFolder) {
		return new ReportLetters(templatesFolder, Templates.from(templatesFolder));
	}

	/**
	 * The e-mail for the report of {@code model}, {@code reportBytes} long, at
	 * {@code report}.
	 */
	public ReportMail compose(ReportModel model, long reportBytes, Path report) {
		Messages words = this.messages.computeIfAbsent(model.language(),
				(language) -> Messages.load(language, this.templatesFolder));
		String unit = model.units().unitName();
		String subject = (unit != null)
				? words.get("mail.unitSubject", model.header().client(), model.header().wave(), unit)
				: words.get("mail.subject", model.header().client(), model.header().wave());
		String attached = words.get("mail.attached");
		String tooLarge = words.get("mail.tooLarge", String.format(model.header().locale(), "%.1f", reportBytes / 1e6),
				report.toAbsolutePath().toString());
		return new ReportMail(subject, body(TEXT_TEMPLATE, model, words, subject, attached),
				body(TEXT_TEMPLATE, model, words, subject, tooLarge),
				body(HTML_TEMPLATE, model, words, subject, attached),
				body(HTML_TEMPLATE, model, words, subject, tooLarge));
	}

	private String body(String template, ReportModel model, Messages words, String subject, String ending) {
		Map<String, String> mail = Map.of("greeting", words.get("mail.greeting"), "intro", intro(model, words),
				"ending", ending, "signature", words.get("mail.signature"), "subject", subject);
		return this.templates.render(template, Map.of("model", model, "mail", mail), model.header().locale());
	}

	/**
	 * The first sentence: the client's report, or a unit's of its client, with the wave.
	 */
	private static String intro(ReportModel model, Messages words) {
		String unit = model.units().unitName();
		return (unit != null) ? words.get("mail.unitIntro", model.header().client(), model.header().wave(), unit)
				: words.get("mail.intro", model.header().client(), model.header().wave());
	}

}
