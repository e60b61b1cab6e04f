package io.gapreport.workbook;

import java.io.EOFException;
import java.util.Locale;
import java.util.zip.ZipException;

import javax.xml.stream.XMLStreamException;

import org.apache.xmlbeans.XmlException;
import org.jspecify.annotations.Nullable;
import org.xml.sax.SAXException;

/**
 * Why a file could not be read, in one line of the user's words: what POI, the XML
 * parsers and the zip reader say (a class name, "Failed to find sheet package for
 * sheetId=rId3", a parser's row and column, "adjust this limit via
 * ZipSecureFile.setMinInflateRatio()") is translated into what it means for the file.
 * Problems that gap-report words itself ({@link TooLarge}, the scanner's own) pass
 * through unchanged.
 */
final class ReadFailures {

	private ReadFailures() {
	}

	/** A one-line reason for a POI, XML or zip failure, without stack trace. */
	static String reason(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = next(cause)) {
			String message = String.valueOf(cause.getMessage());
			if (cause instanceof TooLarge) {
				return message;
			}
			if (message.contains("Zip bomb")) {
				return "suspected zip bomb (a part of the file unpacks to more than 100 times its packed size;"
						+ " real workbooks never do)";
			}
			if (message.contains("DOCTYPE") || message.contains("ENTITY")
					|| message.toLowerCase(Locale.ROOT).matches(".*undeclared (general )?entity.*")) {
				return "the XML declares a DOCTYPE or entities, which workbooks never need";
			}
		}
		for (Throwable cause = ex; cause != null; cause = next(cause)) {
			String message = String.valueOf(cause.getMessage());
			if (cause.getClass() == XMLStreamException.class && cause.getMessage() != null) {
				// the sheet scanner's own words
				return message;
			}
			if (cause instanceof EOFException || message.contains("Truncated ZIP")
					|| message.contains("Unexpected end of ZLIB")) {
				return "the file is cut short (truncated): copy or save it again";
			}
			if (message.contains("Failed to find sheet package") || message.contains("No valid entries")
					|| message.contains("content type part") || message.contains("Missing package part")) {
				return "a part the workbook lists is missing from the file: it is truncated, or was not saved by a"
						+ " spreadsheet program (save it again from Excel)";
			}
			// XMLBeans' errors (styles) reach us as an IOException with the error's text
			// alone
			if (cause instanceof XMLStreamException || cause instanceof SAXException || cause instanceof XmlException
					|| message.startsWith("error: ") || message.contains("XML document")) {
				return "its XML is damaged (not as a spreadsheet program writes it): save the workbook again from Excel";
			}
			if (cause instanceof ZipException) {
				return "the file is not a readable zip package, as .xlsx workbooks are: copy or save it again";
			}
		}
		Throwable root = ex;
		for (Throwable cause = next(ex); cause != null; cause = next(cause)) {
			root = cause;
		}
		String message = (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
		return message.lines().findFirst().orElse("").strip();
	}

	private static @Nullable Throwable next(Throwable cause) {
		Throwable next = cause.getCause();
		return (next == cause) ? null : next;
	}

}
