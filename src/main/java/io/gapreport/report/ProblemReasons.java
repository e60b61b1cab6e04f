package io.gapreport.report;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reasons the workbook reader gives for rejected rows and invalid cells (in English,
 * as {@code rejected.csv} lists them), worded in the report's language.
 */
final class ProblemReasons {

	private record Reason(Pattern english, String key) {
	}

	private static final List<Reason> REASONS = List.of(
			new Reason(Pattern.compile("not a number"), "problem.notNumber"),
			new Reason(Pattern.compile("out of scale (\\S+)"), "problem.outOfScale"),
			new Reason(Pattern.compile("error cell (.+)"), "problem.errorCell"),
			new Reason(Pattern.compile("nps must be a whole number 0\\.\\.10"), "problem.nps"),
			new Reason(Pattern.compile("resolved must be yes/no"), "problem.resolved"),
			new Reason(Pattern.compile("respondent id is blank"), "problem.idBlank"),
			new Reason(Pattern.compile("respondent id repeats row (\\d+)"), "problem.idRepeats"),
			new Reason(Pattern.compile("no valid answer"), "problem.noAnswer"));

	private ProblemReasons() {
	}

	/**
	 * {@code reason} in the language of {@code messages}; a reason it does not know stays
	 * as it is.
	 */
	static String of(String reason, Messages messages) {
		for (Reason known : REASONS) {
			Matcher matcher = known.english().matcher(reason);
			if (matcher.matches()) {
				Object[] arguments = new Object[matcher.groupCount()];
				for (int i = 0; i < arguments.length; i++) {
					arguments[i] = matcher.group(i + 1);
				}
				return messages.get(known.key(), arguments);
			}
		}
		return reason;
	}

}
