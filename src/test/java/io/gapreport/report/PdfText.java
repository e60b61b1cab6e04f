package io.gapreport.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The text of a PDF as {@code pdftotext} (Debian package poppler-utils) extracts it,
 * white space folded.
 */
public final class PdfText {

	private PdfText() {
	}

	public static String of(Path pdf) throws Exception {
		Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-")
			.redirectErrorStream(true)
			.start();
		byte[] text = process.getInputStream().readAllBytes();
		if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException("pdftotext failed (install poppler-utils): " + new String(text));
		}
		return new String(text, StandardCharsets.UTF_8).replaceAll("\\s+", " ");
	}

}
