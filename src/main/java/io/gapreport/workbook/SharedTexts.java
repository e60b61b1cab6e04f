package io.gapreport.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

import org.codehaus.stax2.XMLStreamReader2;
import org.jspecify.annotations.Nullable;

/**
 * A workbook's shared strings ({@code xl/sharedStrings.xml}), the texts that cells of
 * type {@code s} refer to by index, read with the sheet scanner's StAX parser into one
 * array of characters. Bounded: a text longer than Excel's 32,767 characters is only
 * counted (a cell that uses it is refused, naming the cell), and the whole table holds at
 * most {@link #MAX_TEXTS} texts and {@link #MAX_CHARACTERS} characters. Phonetic runs
 * ({@code rPh}) are left out and {@code _xHHHH_} escapes decoded, as POI's read-only
 * table does.
 */
final class SharedTexts {

	/** Texts a table may hold: two for each of Excel's rows, and more. */
	static final int MAX_TEXTS = 2_097_152;

	/** Characters the table may hold in all (32 MB of memory). */
	static final int MAX_CHARACTERS = 16_777_216;

	static final SharedTexts NONE = new SharedTexts();

	private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	private char[] chars = new char[1024];

	private int used;

	/** Where text i starts in {@link #chars}; it ends where text i + 1 starts. */
	private int[] starts = new int[64];

	private int count;

	/** The length of each text too long to keep, by index. */
	private final Map<Integer, Long> tooLong = new HashMap<>();

	private SharedTexts() {
	}

	/** A table of {@code texts}, for tests. */
	static SharedTexts of(String... texts) {
		SharedTexts table = new SharedTexts();
		for (String text : texts) {
			table.add(text.toCharArray(), text.length());
		}
		return table;
	}

	/** Reads the table from its part's XML. */
	static SharedTexts read(InputStream in) throws IOException, XMLStreamException {
		SharedTexts table = new SharedTexts();
		XMLStreamReader2 xml = (XMLStreamReader2) SheetScanner.secureFactory()
			.createXMLStreamReader(new XmlSegments(in));
		CellText text = new CellText();
		boolean textOpen = false;
		int phonetic = 0;
		try {
			while (xml.hasNext()) {
				switch (xml.next()) {
					case XMLStreamConstants.START_ELEMENT -> {
						if (NS.equals(xml.getNamespaceURI())) {
							switch (xml.getLocalName()) {
								case "si" -> text.clear();
								case "t" -> textOpen = true;
								case "rPh" -> phonetic++;
								default -> {
								}
							}
						}
					}
					case XMLStreamConstants.END_ELEMENT -> {
						if (NS.equals(xml.getNamespaceURI())) {
							switch (xml.getLocalName()) {
								case "si" -> table.add(text);
								case "t" -> textOpen = false;
								case "rPh" -> phonetic--;
								default -> {
								}
							}
						}
					}
					case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
						if (textOpen && phonetic == 0) {
							text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
						}
					}
					case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE ->
						throw new XMLStreamException("the shared strings declare a DOCTYPE or entities");
					default -> {
					}
				}
			}
		}
		finally {
			xml.close();
		}
		return table;
	}

	private void add(CellText text) {
		if (text.tooLong()) {
			this.tooLong.put(this.count, text.count());
			add(new char[0], 0);
			return;
		}
		String decoded = CellFormats.inline(text.toString());
		add(decoded.toCharArray(), decoded.length());
	}

	private void add(char[] text, int length) {
		if (this.count >= MAX_TEXTS) {
			throw new TooLarge("the workbook's shared strings (xl/sharedStrings.xml) hold more than "
					+ TooLarge.count(MAX_TEXTS) + " texts; the limit keeps a run's memory bounded: "
					+ "split the workbook, or give the answers as a .csv export (the responses key)");
		}
		if ((long) this.used + length > MAX_CHARACTERS) {
			throw new TooLarge("the workbook's shared strings (xl/sharedStrings.xml) hold more than "
					+ TooLarge.count(MAX_CHARACTERS) + " characters; the limit keeps a run's memory bounded: "
					+ "split the workbook, or give the answers as a .csv export (the responses key)");
		}
		if (this.used + length > this.chars.length) {
			this.chars = Arrays.copyOf(this.chars,
					(int) Math.min(MAX_CHARACTERS, Math.max(this.used + length, 2L * this.chars.length)));
		}
		System.arraycopy(text, 0, this.chars, this.used, length);
		if (this.count + 2 > this.starts.length) {
			this.starts = Arrays.copyOf(this.starts, this.starts.length * 2);
		}
		this.starts[this.count] = this.used;
		this.used += length;
		this.count++;
		this.starts[this.count] = this.used;
	}

	/** How many texts the table holds. */
	int size() {
		return this.count;
	}

	/**
	 * Text {@code index}, or null when the table has no such text or the text is too long
	 * to keep (see {@link #length}).
	 */
	@Nullable String get(int index) {
		if (index < 0 || index >= this.count || this.tooLong.containsKey(index)) {
			return null;
		}
		return new String(this.chars, this.starts[index], this.starts[index + 1] - this.starts[index]);
	}

	/** The length of text {@code index}, or -1 when the table has no such text. */
	long length(int index) {
		if (index < 0 || index >= this.count) {
			return -1;
		}
		Long length = this.tooLong.get(index);
		return (length != null) ? length : this.starts[index + 1] - this.starts[index];
	}

}
