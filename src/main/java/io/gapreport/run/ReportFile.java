package io.gapreport.run;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

import io.gapreport.scoring.Scores;
import io.gapreport.scoring.UnitScore;
import io.gapreport.survey.InputProblem;
import io.gapreport.survey.Questionnaire;
import org.jspecify.annotations.Nullable;

/**
 * A file written beside {@code scores.json} for each reported workbook, such as the PDF
 * report.
 */
public interface ReportFile {

	/** The file's name in the workbook's report folder, e.g. {@code report.pdf}. */
	String name();

	/** Writes the file's content. */
	void write(Content content, OutputStream out) throws IOException;

	/**
	 * What a report file is made from.
	 *
	 * @param questionnaire the workbook's engagement and items
	 * @param scores its scores
	 * @param firstProblems the first rejected rows and invalid cells, for the
	 * data-quality section
	 * @param folder the report folder the file goes to
	 * @param unit the unit the report is about, or null for the client's report
	 * @param units the client's units, for the client's report (empty in a unit's)
	 */
	record Content(Questionnaire questionnaire, Scores scores, List<InputProblem> firstProblems, Path folder,
			@Nullable UnitScore unit, List<UnitScore> units) {

		public Content {
			firstProblems = List.copyOf(firstProblems);
			units = List.copyOf(units);
		}

		/** The content of a client's report without units. */
		public Content(Questionnaire questionnaire, Scores scores, List<InputProblem> firstProblems, Path folder) {
			this(questionnaire, scores, firstProblems, folder, null, List.of());
		}

	}

	/**
	 * The report file that is e-mailed: writing it also words the e-mail that carries it,
	 * from what the file was made of (the report model is built once).
	 */
	interface Mailed extends ReportFile {

		/** Writes the file's content and words its e-mail. */
		Letter writeMailed(Content content, OutputStream out) throws IOException;

		@Override
		default void write(Content content, OutputStream out) throws IOException {
			writeMailed(content, out);
		}

	}

	/**
	 * The e-mail that carries a report file, stored with the report when it is recorded.
	 *
	 * @param file the file, in its report folder
	 * @param subject the subject
	 * @param attachedBody the body when the file is attached
	 * @param tooLargeBody the body when the file is too large to attach (it says where
	 * the file is)
	 * @param attachedHtml the HTML body when the file is attached
	 * @param tooLargeHtml the HTML body when the file is too large to attach
	 */
	record Letter(Path file, String subject, String attachedBody, String tooLargeBody, String attachedHtml,
			String tooLargeHtml) {

	}

}
