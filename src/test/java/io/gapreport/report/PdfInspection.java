package io.gapreport.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openpdf.text.pdf.PRStream;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.SimpleBookmark;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/**
 * What a test may ask of a PDF, read back with OpenPDF's own reader: text, pages,
 * outline, metadata, and the resources of every page followed recursively through form
 * XObjects (images and fonts).
 */
final class PdfInspection {

	private final PdfReader reader;

	private final List<String> images = new ArrayList<>();

	private final List<String> fonts = new ArrayList<>();

	private final List<String> unembeddedFonts = new ArrayList<>();

	PdfInspection(byte[] pdf) {
		try {
			this.reader = new PdfReader(pdf);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Set<PdfDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (int page = 1; page <= pageCount(); page++) {
			scan(this.reader.getPageN(page).getAsDict(PdfName.RESOURCES), seen);
		}
	}

	int pageCount() {
		return this.reader.getNumberOfPages();
	}

	String text() {
		StringBuilder text = new StringBuilder();
		for (int page = 1; page <= pageCount(); page++) {
			text.append(pageText(page)).append('\n');
		}
		return text.toString();
	}

	String pageText(int page) {
		try {
			return new PdfTextExtractor(this.reader).getTextFromPage(page);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Image XObjects found on any page or in any form they use. */
	List<String> images() {
		return this.images;
	}

	/** Base font names of every font used on any page or in any form. */
	List<String> fonts() {
		return this.fonts;
	}

	/** Fonts whose descriptor (or descendant's descriptor) has no font file. */
	List<String> unembeddedFonts() {
		return this.unembeddedFonts;
	}

	List<Map<String, Object>> bookmarks() {
		List<Map<String, Object>> bookmarks = SimpleBookmark.getBookmarkList(this.reader);
		return (bookmarks != null) ? bookmarks : List.of();
	}

	Map<String, String> info() {
		return this.reader.getInfo();
	}

	String language() {
		PdfString lang = this.reader.getCatalog().getAsString(PdfName.LANG);
		return (lang != null) ? lang.toUnicodeString() : "";
	}

	private void scan(PdfDictionary resources, Set<PdfDictionary> seen) {
		if (resources == null || !seen.add(resources)) {
			return;
		}
		PdfDictionary xobjects = resources.getAsDict(PdfName.XOBJECT);
		if (xobjects != null) {
			for (PdfName name : xobjects.getKeys()) {
				PdfObject object = PdfReader.getPdfObject(xobjects.get(name));
				if (object instanceof PRStream stream) {
					PdfName subtype = stream.getAsName(PdfName.SUBTYPE);
					if (PdfName.IMAGE.equals(subtype)) {
						this.images.add(name.toString());
					}
					else if (PdfName.FORM.equals(subtype)) {
						scan(stream.getAsDict(PdfName.RESOURCES), seen);
					}
				}
			}
		}
		PdfDictionary fontResources = resources.getAsDict(PdfName.FONT);
		if (fontResources != null) {
			for (PdfName name : fontResources.getKeys()) {
				checkFont((PdfDictionary) PdfReader.getPdfObject(fontResources.get(name)));
			}
		}
	}

	private void checkFont(PdfDictionary font) {
		PdfName baseFont = font.getAsName(PdfName.BASEFONT);
		String fontName = (baseFont != null) ? PdfName.decodeName(baseFont.toString()) : "?";
		this.fonts.add(fontName);
		PdfDictionary described = font;
		if (PdfName.TYPE0.equals(font.getAsName(PdfName.SUBTYPE))) {
			PdfArray descendants = font.getAsArray(PdfName.DESCENDANTFONTS);
			described = (PdfDictionary) PdfReader.getPdfObject(descendants.getPdfObject(0));
		}
		PdfDictionary descriptor = described.getAsDict(PdfName.FONTDESCRIPTOR);
		boolean embedded = descriptor != null && (descriptor.contains(PdfName.FONTFILE)
				|| descriptor.contains(PdfName.FONTFILE2) || descriptor.contains(PdfName.FONTFILE3));
		if (!embedded) {
			this.unembeddedFonts.add(fontName);
		}
	}

}
