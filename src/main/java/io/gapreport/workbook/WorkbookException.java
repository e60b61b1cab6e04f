package io.gapreport.workbook;

import java.util.List;
import java.util.Locale;

/**
 * A workbook that cannot be scored: every problem found, each naming sheet and cell or
 * column, or the one reason why the file cannot be read at all.
 */
public final class WorkbookException extends Exception {

	private static final long serialVersionUID = 1L;

	private final List<String> problems;

	/**
	 * Creates an exception listing {@code problems}, one human-readable line each.
	 * @param problems the problems, at least one
	 */
	public WorkbookException(List<String> problems) {
		super(String.join("; ", problems), null, false, false);
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("a workbook exception needs at least one problem");
		}
		this.problems = List.copyOf(problems);
	}

	/**
	 * The one problem of a workbook that took more memory than the run has: it fails
	 * alone, and the run goes on with the others.
	 * @return the exception, naming the memory the run has and how to give it more
	 */
	public static WorkbookException outOfMemory() {
		long megabytes = Runtime.getRuntime().maxMemory() / (1024 * 1024);
		return of("not enough memory to read and report this workbook (the run has "
				+ String.format(Locale.ROOT, "%,d", megabytes)
				+ " MB; GAP_REPORT_JAVA_OPTS=-Xmx2g gives bin/gap-report more): split it, or name a .csv export as"
				+ " its responses");
	}

	static WorkbookException of(String problem) {
		return new WorkbookException(List.of(problem));
	}

	/**
	 * The problems, one line each, e.g.
	 * {@code Customers!K1: column E:XYZ names an unknown item XYZ}.
	 * @return the problems in the order they were found
	 */
	public List<String> problems() {
		return this.problems;
	}

}
