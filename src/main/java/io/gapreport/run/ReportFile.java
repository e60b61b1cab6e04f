package io.gapreport.run;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import io.gapreport.scoring.Scores;
import io.gapreport.survey.InputProblem;
import io.gapreport.survey.Questionnaire;

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
	 */
	record Content(Questionnaire questionnaire, Scores scores, List<InputProblem> firstProblems) {

		public Content {
			firstProblems = List.copyOf(firstProblems);
		}

	}

}
