package io.gapreport.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes .xlsx packages entry by entry with {@code java.util.zip}, each sheet's XML
 * streamed from a writer, so that a test can build a workbook that unpacks to hundreds of
 * megabytes (a 150,000,000-character cell, a million rows) while holding almost none of
 * it in memory. A valid survey workbook by default (Engagement, Items, three customers),
 * whose sheets a test replaces.
 */
public final class StreamedWorkbook {

	private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	private final Map<String, XmlBody> sheets = new LinkedHashMap<>();

	private XmlBody sharedStrings;

	/** Writes the inside of a part's root element. */
	@FunctionalInterface
	public interface XmlBody {

		void write(Writer out) throws IOException;

	}

	/** A valid survey workbook: scale 1-5, items A1 and V1, three customers. */
	public static StreamedWorkbook survey() {
		return new StreamedWorkbook()
			.sheet("Engagement",
					rows(new String[][] { { "client", "Acme" }, { "wave", "2026-Q1" }, { "scale", "1-5" } }))
			.sheet("Items",
					rows(new String[][] { { "code", "text", "level" }, { "A1", "Right first time?", "accuracy" },
							{ "V1", "Easy to reach?", "availability" } }))
			.sheet("Customers", rows(new String[][] { { "respondent", "E:A1", "P:A1", "E:V1", "P:V1" },
					{ "c1", "5", "4", "4", "3" }, { "c2", "4", "4", "5", "2" }, { "c3", "3", "5", "4", "4" } }));
	}

	/**
	 * Replaces (or adds) sheet {@code name}, whose {@code sheetData} {@code rows} writes.
	 */
	public StreamedWorkbook sheet(String name, XmlBody rows) {
		this.sheets.put(name, rows);
		return this;
	}

	/**
	 * Adds a shared strings part, whose {@code sst} element's inside {@code strings}
	 * writes.
	 */
	public StreamedWorkbook sharedStrings(XmlBody strings) {
		this.sharedStrings = strings;
		return this;
	}

	/** Rows of inline strings, numbers written as numbers, starting at row 1. */
	public static XmlBody rows(String[][] rows) {
		return (out) -> {
			for (int r = 0; r < rows.length; r++) {
				out.write("<row r=\"" + (r + 1) + "\">");
				for (String value : rows[r]) {
					cell(out, value);
				}
				out.write("</row>");
			}
		};
	}

	/** One cell, a number when {@code value} is one, else an inline string. */
	public static void cell(Writer out, String value) throws IOException {
		if (value.matches("-?[0-9]+(\\.[0-9]+)?")) {
			out.write("<c><v>" + value + "</v></c>");
		}
		else {
			out.write(
					"<c t=\"inlineStr\"><is><t>" + value.replace("&", "&amp;").replace("<", "&lt;") + "</t></is></c>");
		}
	}

	/**
	 * Writes {@code length} letters: mostly {@code x}, with a pseudo-random letter every
	 * {@code period} characters, so that they compress about {@code 1 / (period / 1.8)}
	 * (period 100: to 1.8%, above POI's 1% zip-bomb ratio; period 160: to about 1.2%).
	 */
	public static void letters(Writer out, long length, int period) throws IOException {
		SplittableRandom random = new SplittableRandom(1);
		char[] block = new char[64 * 1024];
		for (long written = 0; written < length; written += block.length) {
			for (int i = 0; i < block.length; i++) {
				block[i] = ((written + i) % period == 0) ? (char) ('a' + random.nextInt(26)) : 'x';
			}
			out.write(block, 0, (int) Math.min(block.length, length - written));
		}
	}

	/** Writes the package to {@code file}. */
	public Path write(Path file) throws IOException {
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			Writer out = new OutputStreamWriter(new Unclosed(zip), StandardCharsets.UTF_8);
			entry(zip, out, "[Content_Types].xml", (w) -> {
				w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
						+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
						+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
						+ "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
				for (int i = 1; i <= this.sheets.size(); i++) {
					w.write("<Override PartName=\"/xl/worksheets/sheet" + i
							+ ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
				}
				if (this.sharedStrings != null) {
					w.write("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
				}
				w.write("</Types>");
			});
			entry(zip, out, "_rels/.rels", (w) -> w
				.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
						+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
			entry(zip, out, "xl/workbook.xml", (w) -> {
				w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + NS
						+ "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
				int i = 1;
				for (String name : this.sheets.keySet()) {
					w.write("<sheet name=\"" + name + "\" sheetId=\"" + i + "\" r:id=\"rId" + i + "\"/>");
					i++;
				}
				w.write("</sheets></workbook>");
			});
			entry(zip, out, "xl/_rels/workbook.xml.rels", (w) -> {
				w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
				for (int i = 1; i <= this.sheets.size(); i++) {
					w.write("<Relationship Id=\"rId" + i
							+ "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet"
							+ i + ".xml\"/>");
				}
				if (this.sharedStrings != null) {
					w.write("<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>");
				}
				w.write("</Relationships>");
			});
			int i = 1;
			for (XmlBody rows : this.sheets.values()) {
				entry(zip, out, "xl/worksheets/sheet" + i++ + ".xml", (w) -> {
					w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + NS + "\"><sheetData>");
					rows.write(w);
					w.write("</sheetData></worksheet>");
				});
			}
			if (this.sharedStrings != null) {
				entry(zip, out, "xl/sharedStrings.xml", (w) -> {
					w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + NS + "\">");
					this.sharedStrings.write(w);
					w.write("</sst>");
				});
			}
		}
		return file;
	}

	private static void entry(ZipOutputStream zip, Writer out, String name, XmlBody body) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		body.write(out);
		out.flush();
		zip.closeEntry();
	}

	/** The zip stream, left open when the writer over it is flushed between entries. */
	private static final class Unclosed extends java.io.FilterOutputStream {

		Unclosed(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			this.out.write(bytes, offset, length);
		}

		@Override
		public void close() {
			// the zip stream is closed by its owner
		}

	}

}
