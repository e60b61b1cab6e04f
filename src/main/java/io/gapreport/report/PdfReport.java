package io.gapreport.report;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.gapreport.scoring.Scores;
import io.gapreport.survey.InputProblem;
import org.jspecify.annotations.Nullable;

/**
 * The PDF report of one engagement: scores to report model, model through the
 * {@code report.ftlh} template to XHTML, XHTML and charts to PDF.
 */
public final class PdfReport {

	/** The template every report starts from. */
	public static final String TEMPLATE = "report.ftlh";

	private final Templates templates;

	private final @Nullable Path templatesFolder;

	private final PdfRenderer renderer = new PdfRenderer();

	private final Map<String, Messages> messages = new ConcurrentHashMap<>();

	private PdfReport(Templates templates, @Nullable Path templatesFolder) {
		this.templates = templates;
		this.templatesFolder = templatesFolder;
	}

	/** Reports laid out by the packaged templates. */
	public static PdfReport packaged() {
		return new PdfReport(Templates.packaged(), null);
	}

	/**
	 * Reports laid out by a consultant's templates folder, falling back to the packaged
	 * files it lacks.
	 */
	public static PdfReport from(Path templatesFolder) {
		return new PdfReport(Templates.from(templatesFolder), templatesFolder);
	}

	/** The report model of {@code scores}, in the engagement's language. */
	public ReportModel model(Scores scores, List<InputProblem> firstProblems, LocalDate reportDate) {
		Messages words = this.messages.computeIfAbsent(scores.engagement().language(),
				(language) -> Messages.load(language, this.templatesFolder));
		return ReportModels.build(scores, firstProblems, words, reportDate);
	}

	/**
	 * The e-mail for the report of {@code scores} written at {@code report}: headline
	 * figures in the report's language, the PDF attached unless it is larger than
	 * {@code maxAttachmentBytes}.
	 */
	public ReportMail mail(Scores scores, Path report, long reportBytes, long maxAttachmentBytes) {
		ReportModel model = model(scores, List.of(), LocalDate.now());
		Messages words = this.messages.get(scores.engagement().language());
		boolean attach = reportBytes <= maxAttachmentBytes;
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
		body.append(attach ? words.get("mail.attached") : words.get("mail.tooLarge",
				String.format(model.header().locale(), "%.1f", reportBytes / 1e6), report.toAbsolutePath().toString()));
		body.append("\n\n-- \n").append(words.get("mail.signature")).append('\n');
		return new ReportMail(words.get("mail.subject", model.header().client(), model.header().wave()),
				body.toString(), attach);
	}

	/** Writes the PDF report of {@code scores} to {@code out}. */
	public void write(Scores scores, List<InputProblem> firstProblems, LocalDate reportDate, OutputStream out) {
		ReportModel model = model(scores, firstProblems, reportDate);
		String xhtml = this.templates.render(TEMPLATE, Map.of("model", model), model.header().locale());
		this.renderer.render(xhtml, model.charts(), out);
	}

}
