package io.gapreport.launcher;

import java.lang.reflect.InvocationTargetException;

/**
 * The jar's entry point: on a Java older than 21, one line saying which Java gap-report
 * needs and which it found, instead of the {@code UnsupportedClassVersionError} trace the
 * first class of gap-report itself would give; on Java 21 or newer, the command line
 * ({@code io.gapreport.cli.GapReportCli}). Compiled for Java 8 (its own compiler
 * execution in {@code pom.xml}), so that any Java that can open the jar can run it.
 */
public final class Launcher {

	/** The oldest Java gap-report runs on. */
	static final int NEEDED = 21;

	private Launcher() {
	}

	public static void main(String[] args) throws Throwable {
		String found = System.getProperty("java.specification.version", "unknown");
		if (major(found) < NEEDED) {
			System.err.println(tooOld(found, System.getProperty("java.home", "?")));
			System.exit(2);
		}
		try {
			Class.forName("io.gapreport.cli.GapReportCli")
				.getMethod("main", String[].class)
				.invoke(null, (Object) args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	/** The line for a Java whose specification version is {@code found}. */
	static String tooOld(String found, String javaHome) {
		return "gap-report: needs Java " + NEEDED + " or newer, found Java " + found + " (" + javaHome
				+ "): run bin/gap-report, which finds a JDK " + NEEDED + "+, or this jar with a Java " + NEEDED + "+";
	}

	/** 8 for "1.8", 17 for "17"; 0 for what is not a version. */
	static int major(String specificationVersion) {
		String version = specificationVersion.startsWith("1.") ? specificationVersion.substring(2)
				: specificationVersion;
		int end = 0;
		while (end < version.length() && Character.isDigit(version.charAt(end))) {
			end++;
		}
		return (end == 0) ? 0 : Integer.parseInt(version.substring(0, end));
	}

}
