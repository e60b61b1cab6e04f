package io.gapreport.workbook;

import java.io.InputStream;
import java.util.function.Consumer;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import org.apache.poi.ss.usermodel.DateUtil;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * Scans one worksheet's XML with a StAX pull parser into {@link SheetRow}s, one reused
 * row after another: numbers are parsed from their characters, shared strings resolved by
 * index, and cell values read by the rules of POI's {@code XSSFSheetXMLHandler} (cached
 * formula results, {@code CellAttributes.ERROR:} error cells, {@code TRUE}/{@code FALSE}
 * booleans). A DOCTYPE is refused, so no entity is ever expanded or fetched. Attributes
 * are read by index and decoded from the parser's characters (Stax2's typed access), so a
 * cell makes no string of its reference, type or style.
 */
final class SheetScanner {

	private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	/** Excel's last row. */
	static final int MAX_ROWS = 1_048_576;

	/** Excel's column count: A to XFD. */
	static final int MAX_COLUMNS = 16_384;

	/** Characters a row's text cells may hold in all. */
	static final int MAX_ROW_CHARACTERS = 1_048_576;

	private final CellFormats formats;

	private final String sheet;

	private int rowCharacters;

	private final SheetRow row = new SheetRow();

	private final CellText text = new CellText();

	private int nextRow;

	private int nextColumn;

	private byte type;

	private int style;

	private int column;

	private boolean textOpen;

	private boolean inlineOpen;

	private final CellAttributes.Reference reference = new CellAttributes.Reference();

	private final CellAttributes.CellType cellType = new CellAttributes.CellType();

	/**
	 * A scanner of sheet {@code sheet} (its name as the workbook spells it, for the
	 * problems it finds).
	 */
	SheetScanner(CellFormats formats, String sheet) {
		this.formats = formats;
		this.sheet = sheet;
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
		XMLStreamReader2 xml = (XMLStreamReader2) secureFactory().createXMLStreamReader(new XmlSegments(in));
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

	private void start(XMLStreamReader2 xml) throws XMLStreamException {
		if (!NS.equals(xml.getNamespaceURI())) {
			return;
		}
		switch (xml.getLocalName()) {
			case "row" -> {
				int number = this.nextRow + 1;
				for (int i = 0, count = xml.getAttributeCount(); i < count; i++) {
					if ("r".equals(xml.getAttributeLocalName(i))) {
						number = xml.getAttributeAsInt(i);
					}
				}
				if (number > MAX_ROWS) {
					throw new TooLarge(this.sheet + ": row " + TooLarge.count(number) + " is past Excel's last row, "
							+ TooLarge.count(MAX_ROWS));
				}
				this.row.start(number);
				this.nextColumn = 0;
				this.rowCharacters = 0;
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
				if (this.type == CellAttributes.NUMBER) {
					this.type = CellAttributes.FORMULA;
				}
			}
			default -> {
			}
		}
	}

	private void startCell(XMLStreamReader2 xml) throws XMLStreamException {
		int column = this.nextColumn;
		byte type = CellAttributes.NUMBER;
		int style = -1;
		for (int i = 0, count = xml.getAttributeCount(); i < count; i++) {
			String name = xml.getAttributeLocalName(i);
			if (name.length() == 1) {
				switch (name.charAt(0)) {
					case 'r' -> {
						xml.getAttributeAs(i, this.reference);
						column = this.reference.column;
					}
					case 't' -> {
						xml.getAttributeAs(i, this.cellType);
						type = this.cellType.type;
					}
					case 's' -> style = xml.getAttributeAsInt(i);
					default -> {
					}
				}
			}
		}
		this.column = column;
		this.type = type;
		// a formula string's number format is never looked at, as in POI
		this.style = (type == CellAttributes.FORMULA) ? Integer.MIN_VALUE : style;
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
		if (column >= MAX_COLUMNS) {
			throw new TooLarge(
					"cell " + this.sheet + "!" + this.row.reference(column) + " is past Excel's last column, XFD");
		}
		if (column >= 0) {
			if (this.text.tooLong()) {
				throw TooLarge.cell(this.sheet + "!" + this.row.reference(column), this.text.count());
			}
			this.rowCharacters += this.text.length();
			value(column);
			if (this.rowCharacters > MAX_ROW_CHARACTERS) {
				throw new TooLarge(this.sheet + ": row " + TooLarge.count(this.row.number()) + " holds more than "
						+ TooLarge.count(MAX_ROW_CHARACTERS) + " characters; the limit keeps a run's memory bounded");
			}
		}
		this.text.clear();
	}

	private void value(int column) throws XMLStreamException {
		CellText text = this.text;
		switch (this.type) {
			case CellAttributes.SHARED -> {
				if (text.length() > 0) {
					int index = text.index();
					if (index >= 0) {
						shared(column, index);
					}
				}
			}
			case CellAttributes.INLINE -> this.row.setText(column, CellFormats.inline(text.toString()));
			case CellAttributes.BOOLEAN ->
				this.row.setText(column, (text.length() > 0 && text.charAt(0) == '0') ? "FALSE" : "TRUE");
			case CellAttributes.ERROR -> this.row.setText(column, SheetRow.ERROR_PREFIX + text);
			case CellAttributes.FORMULA -> number(column, true);
			default -> number(column, false);
		}
	}

	private void shared(int column, int index) throws XMLStreamException {
		String shared = this.formats.sharedString(index);
		if (shared != null) {
			this.rowCharacters += shared.length();
			this.row.setText(column, shared);
			return;
		}
		long length = this.formats.sharedLength(index);
		if (length < 0) {
			throw new XMLStreamException("cell " + this.row.reference(column) + " refers to shared string " + index
					+ ", which the workbook does not have");
		}
		throw TooLarge.cell(this.sheet + "!" + this.row.reference(column), length);
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

}
