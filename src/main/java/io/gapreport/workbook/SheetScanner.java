package io.gapreport.workbook;

import java.io.InputStream;
import java.util.function.Consumer;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Scans one worksheet's XML with a StAX pull parser into {@link SheetRow}s, one reused
 * row after another: numbers are parsed from their characters, shared strings resolved by
 * index, and cell values read by the rules of POI's {@code XSSFSheetXMLHandler} (cached
 * formula results, {@code ERROR:} error cells, {@code TRUE}/{@code FALSE} booleans). A
 * DOCTYPE is refused, so no entity is ever expanded or fetched.
 */
final class SheetScanner {

	private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	private static final byte NUMBER = 0;

	private static final byte FORMULA = 1;

	private static final byte SHARED = 2;

	private static final byte INLINE = 3;

	private static final byte BOOLEAN = 4;

	private static final byte ERROR = 5;

	private final CellFormats formats;

	private final SheetRow row = new SheetRow();

	private final CellText text = new CellText();

	private int nextRow;

	private int nextColumn;

	private byte type;

	private int style;

	private int column;

	private boolean textOpen;

	private boolean inlineOpen;

	SheetScanner(CellFormats formats) {
		this.formats = formats;
	}

	/**
	 * Aalto's StAX factory (about twice as fast as the JDK's on worksheets), refusing
	 * DTDs and external entities (XXE, billion laughs).
	 */
	static XMLInputFactory secureFactory() {
		XMLInputFactory factory = new InputFactoryImpl();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		return factory;
	}

	/**
	 * Streams every row of the sheet to {@code rows}; the row passed is reused for the
	 * next one.
	 */
	void scan(InputStream in, Consumer<SheetRow> rows) throws XMLStreamException {
		XMLStreamReader xml = secureFactory().createXMLStreamReader(in);
		try {
			while (xml.hasNext()) {
				switch (xml.next()) {
					case XMLStreamConstants.START_ELEMENT -> start(xml);
					case XMLStreamConstants.END_ELEMENT -> end(xml, rows);
					case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
						if (this.textOpen) {
							this.text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
						}
					}
					case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE ->
						throw new XMLStreamException("the sheet declares a DOCTYPE or entities");
					default -> {
					}
				}
			}
		}
		finally {
			xml.close();
		}
	}

	private void start(XMLStreamReader xml) {
		if (!NS.equals(xml.getNamespaceURI())) {
			return;
		}
		switch (xml.getLocalName()) {
			case "row" -> {
				String number = xml.getAttributeValue(null, "r");
				this.row.start((number != null) ? Integer.parseInt(number) : this.nextRow + 1);
				this.nextColumn = 0;
			}
			case "c" -> startCell(xml);
			case "v" -> {
				this.textOpen = true;
				if (!this.inlineOpen) {
					this.text.clear();
				}
			}
			case "t" -> this.textOpen |= this.inlineOpen;
			case "is" -> this.inlineOpen = true;
			case "f" -> {
				if (this.type == NUMBER) {
					this.type = FORMULA;
				}
			}
			default -> {
			}
		}
	}

	private void startCell(XMLStreamReader xml) {
		String reference = xml.getAttributeValue(null, "r");
		this.column = (reference != null) ? column(reference) : this.nextColumn;
		String type = xml.getAttributeValue(null, "t");
		this.type = (type == null) ? NUMBER : switch (type) {
			case "s" -> SHARED;
			case "inlineStr" -> INLINE;
			case "str" -> FORMULA;
			case "b" -> BOOLEAN;
			case "e" -> ERROR;
			default -> NUMBER;
		};
		String style = xml.getAttributeValue(null, "s");
		this.style = (style != null) ? Integer.parseInt(style) : -1;
		// a formula string's number format is never looked at, as in POI
		if (this.type == FORMULA) {
			this.style = Integer.MIN_VALUE;
		}
		this.text.clear();
	}

	private void end(XMLStreamReader xml, Consumer<SheetRow> rows) throws XMLStreamException {
		if (!NS.equals(xml.getNamespaceURI())) {
			return;
		}
		switch (xml.getLocalName()) {
			case "v", "t" -> {
				if (this.textOpen) {
					this.textOpen = false;
					if (!this.inlineOpen) {
						endCell();
					}
				}
			}
			case "is" -> {
				this.inlineOpen = false;
				endCell();
			}
			case "row" -> {
				rows.accept(this.row);
				this.nextRow = this.row.number();
			}
			default -> {
			}
		}
	}

	private void endCell() throws XMLStreamException {
		int column = this.column;
		this.nextColumn = column + 1;
		if (column >= 0) {
			value(column);
		}
		this.text.clear();
	}

	private void value(int column) throws XMLStreamException {
		CellText text = this.text;
		switch (this.type) {
			case SHARED -> {
				if (text.length() > 0) {
					int index = text.index();
					if (index >= 0) {
						this.row.setText(column, this.formats.sharedString(index));
					}
				}
			}
			case INLINE -> this.row.setText(column, CellFormats.inline(text.toString()));
			case BOOLEAN -> this.row.setText(column, (text.length() > 0 && text.charAt(0) == '0') ? "FALSE" : "TRUE");
			case ERROR -> this.row.setText(column, SheetRow.ERROR_PREFIX + text);
			case FORMULA -> number(column, true);
			default -> number(column, false);
		}
	}

	private void number(int column, boolean formula) throws XMLStreamException {
		byte kind = (this.style == Integer.MIN_VALUE) ? CellFormats.RAW : this.formats.numberKind(this.style);
		if (kind == CellFormats.RAW || this.text.length() == 0) {
			this.row.setText(column, this.text.toString());
			return;
		}
		double value;
		try {
			value = this.text.number();
		}
		catch (NumberFormatException ex) {
			if (!formula) {
				throw new XMLStreamException("cell " + this.row.reference(column) + " holds no number: " + this.text);
			}
			this.row.setText(column, this.text.toString());
			return;
		}
		this.row.setNumber(column, value, kind == CellFormats.DATE && DateUtil.isValidExcelDate(value));
	}

	/** The 0-based column of a reference like {@code AB12}, or -1. */
	static int column(String reference) {
		int column = 0;
		int letters = 0;
		for (int i = 0; i < reference.length(); i++) {
			char c = reference.charAt(i);
			if (c >= 'A' && c <= 'Z') {
				column = column * 26 + (c - 'A' + 1);
				letters++;
			}
			else if (c >= 'a' && c <= 'z') {
				column = column * 26 + (c - 'a' + 1);
				letters++;
			}
			else {
				break;
			}
		}
		return (letters == 0 || letters > 3) ? -1 : column - 1;
	}

}
