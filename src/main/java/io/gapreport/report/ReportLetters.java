package io.gapreport.report;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * Words the e-mail that carries a report, from the report's own model (so the figures in
 * the mail are the report's): subject and headline figures in the report's language, and
 * the two endings, the PDF attached or too large to attach. A unit's report names the
 * unit in the subject.
 */
public final class ReportLetters {

	private final @Nullable Path templatesFolder;

	private final Map<String, Messages> messages = new ConcurrentHashMap<>();

	private ReportLetters(@Nullable Path templatesFolder) {
		this.templatesFolder = templatesFolder;
	}

	/** Letters in the packaged words. */
	public static ReportLetters packaged() {
		return new ReportLetters(null);
	}

	/** Letters in a consultant's words, falling back to the packaged ones. */
	public static ReportLetters from(Path templatesFolder) {
		return new ReportLetters(templatesFolder);
	}

	/**
	 * The e-mail for the report of {@code model}, {@code reportBytes} long, at
	 * {@code report}.
	 */
	public ReportMail compose(ReportModel model, long reportBytes, Path report) {
		Messages words = this.messages.computeIfAbsent(model.language(),
				(language) -> Messages.load(language, this.templatesFolder));
		var body = new StringBuilder();
		body.append(words.get("mail.greeting")).append("\n\n");
		body.append(words.get("mail.intro", model.header().client(), model.header().wave())).append("\n\n");
		body.append("- ").append(model.decision().headline());
		for (ReportModel.ActFirst action : model.decision().actFirst()) {
			body.append("\n- ").append(action.title());
			if (!action.questions().isEmpty()) {
				body.append(": ").append(action.questions());
			}
		}
		if (model.decision().toConfirm() != null) {
			body.append("\n- ").append(model.decision().toConfirm());
		}
		body.append("\n- ").append(model.decision().overall());
		body.append("\n- ").append(model.decision().nps()).append("\n\n");
		String signature = "\n\n-- \n" + words.get("mail.signature") + '\n';
		String tooLarge = words.get("mail.tooLarge", String.format(model.header().locale(), "%.1f", reportBytes / 1e6),
				report.toAbsolutePath().toString());
		String unit = model.units().unitName();
		String subject = (unit != null)
				? words.get("mail.unitSubject", model.header().client(), model.header().wave(), unit)
				: words.get("mail.subject", model.header().client(), model.header().wave());
		return new ReportMail(subject, body + words.get("mail.attached") + signature, body + tooLarge + signature);
	}

}
