package io.gapreport.run;

/**
 * How a run treats workbooks it has seen before, and whether it sends reports.
 *
 * @param force report every workbook again, even when its content was already reported
 * @param mail e-mail each report to its recipients (otherwise only say who would get it)
 * @param retryRefused with {@code mail}, try again the copies the mail server refused for
 * good in earlier runs
 */
public record RunOptions(boolean force, boolean mail, boolean retryRefused) {

	/** Options that leave refused copies alone. */
	public RunOptions(boolean force, boolean mail) {
		this(force, mail, false);
	}

}
