package io.gapreport.report;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.gapreport.scoring.Scores;
import io.gapreport.scoring.UnitScore;
import io.gapreport.survey.InputProblem;
import org.jspecify.annotations.Nullable;

/**
 * The PDF report of one engagement: scores to report model, model through the
 * {@code report.ftlh} template to XHTML, XHTML and charts to PDF; and its HTML twin from
 * the same model and template.
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
		return model(scores, firstProblems, reportDate, null, List.of());
	}

	/**
	 * The report model of a unit's {@code scores} ({@code unit} not null), or of the
	 * client's with its {@code units}.
	 */
	public ReportModel model(Scores scores, List<InputProblem> firstProblems, LocalDate reportDate,
			@Nullable UnitScore unit, List<UnitScore> units) {
		Messages words = this.messages.computeIfAbsent(scores.engagement().language(),
				(language) -> Messages.load(language, this.templatesFolder));
		return ReportModels.build(scores, firstProblems, words, reportDate, unit, units);
	}

	/**
	 * Writes the PDF report of {@code scores}, dated {@code reportDate}, to {@code out}.
	 */
	public void write(Scores scores, List<InputProblem> firstProblems, LocalDate reportDate, OutputStream out) {
		render(model(scores, firstProblems, reportDate), out);
	}

	/** Writes the PDF report of {@code model} to {@code out}. */
	public void render(ReportModel model, OutputStream out) {
		String xhtml = this.templates.render(TEMPLATE, Map.of("model", model), model.header().locale());
		this.renderer.render(xhtml, model.charts(), out);
	}

	/**
	 * Writes the HTML twin of the PDF report of {@code model} to {@code out}: the same
	 * template in its HTML mode ({@code html} is true), made self-contained by
	 * {@link HtmlTwin}.
	 */
	public void renderHtml(ReportModel model, OutputStream out) {
		String xhtml = this.templates.render(TEMPLATE, Map.of("model", model, "html", true), model.header().locale());
		HtmlTwin.write(xhtml, model.charts(), model.t().getOrDefault("html.chart.data", ""), out);
	}

}
