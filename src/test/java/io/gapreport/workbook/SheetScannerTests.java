package io.gapreport.workbook;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.model.StylesTable;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The StAX sheet scanner reads cell XML as POI's event handler did: the values below are
 * those the old SAX path gave.
 */
class SheetScannerTests {

	private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	@ParameterizedTest
	@ValueSource(strings = { "5", "4.5", "-3.25", "0.1", "123456789012345", "1234567890123456789", "1.0E-3", "2e5",
			"0.30000000000000004", ".5", "5.", "-0", "NaN" })
	void numbersAreReadAsDoubleParseDoubleReadsThem(String number) {
		CellText text = new CellText();
		text.append(number.toCharArray(), 0, number.length());
		assertThat(Double.valueOf(text.number())).isEqualTo(Double.valueOf(number));
	}

	@Test
	void charactersThatSpellNoNumberAreRefused() {
		CellText text = new CellText();
		text.append("5 apples".toCharArray(), 0, 8);
		assertThatExceptionOfType(NumberFormatException.class).isThrownBy(text::number);
	}

	@Test
	void everyKindOfCellReadsAsTheSaxHandlerReadIt() throws Exception {
		SharedTexts strings = SharedTexts.of("shared");
		List<SheetRow> rows = scan(strings,
				"""
						<row r="3"><c r="A3"><v>5</v></c><c r="B3" t="s"><v>0</v></c><c r="C3" t="inlineStr"><is><t>a_x0041_</t></is></c>
						<c r="D3" t="b"><v>0</v></c><c r="E3" t="e"><v>#DIV/0!</v></c><c r="F3" t="str"><f>A1</f><v>text</v></c>
						<c r="G3"><f>1+1</f><v>2</v></c><c r="H3" s="0"/><c><v>4.50</v></c></row>
						<row><c r="B4"><v>7</v></c></row>""");
		assertThat(rows).extracting(SheetRow::number).containsExactly(3, 4);
		SheetRow row = rows.get(0);
		assertThat(row.isNumber(0)).isTrue();
		assertThat(row.number(0)).isEqualTo(5.0);
		assertThat(List.of(row.text(1), row.text(2), row.text(3), row.text(4), row.text(5), row.text(6)))
			.containsExactly("shared", "aA", "FALSE", "ERROR:#DIV/0!", "text", "2");
		// a cell without a reference follows the last cell that had a value, as POI
		// counted
		assertThat(row.text(7)).isEqualTo("4.5");
		assertThat(row.width()).isEqualTo(8);
		assertThat(rows.get(1).raw(0)).isNull();
		assertThat(scan(strings, "<row r=\"1\"><c r=\"A1\"><v>5</v></c></row>", null).get(0).isNumber(0))
			.as("without styles a number is its text, as POI gave it")
			.isFalse();
		assertThat(rows.get(1).text(1)).isEqualTo("7");
	}

	@Test
	void sharedStringsReadAsPoisReadOnlyTableReadThem() throws Exception {
		String xml = "<sst xmlns=\"" + NS + "\" uniqueCount=\"2000000000\"><si><t>plain</t></si>"
				+ "<si><r><rPr><b/></rPr><t>rich </t></r><r><t xml:space=\"preserve\"> runs</t></r></si>"
				+ "<si><t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh></si><si><t>a_x0041_b</t></si><si/>"
				+ "<si><t></t></si></sst>";
		var poi = new org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable(
				new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), false);
		SharedTexts ours = SharedTexts.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
		assertThat(ours.size()).isEqualTo(6);
		for (int i = 0; i < ours.size(); i++) {
			assertThat(ours.get(i)).isEqualTo(poi.getItemAt(i).getString());
		}
		assertThat(ours.get(6)).isNull();
		assertThat(ours.length(6)).isEqualTo(-1);
	}

	@Test
	void aDoctypeIsRefusedBeforeAnyEntityIsRead() {
		String xml = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY x \"y\">]><worksheet xmlns=\"" + NS
				+ "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&x;</t></is></c></row></sheetData></worksheet>";
		assertThatExceptionOfType(javax.xml.stream.XMLStreamException.class)
			.isThrownBy(() -> new SheetScanner(new CellFormats(null, SharedTexts.NONE), "Customers")
				.scan(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), (row) -> {
				}))
			.withMessageContaining("DOCTYPE");
	}

	private static List<SheetRow> scan(SharedTexts strings, String rows) throws Exception {
		return scan(strings, rows, new StylesTable());
	}

	private static List<SheetRow> scan(SharedTexts strings, String rows, @Nullable StylesTable styles)
			throws Exception {
		String xml = "<worksheet xmlns=\"" + NS + "\"><sheetData>" + rows + "</sheetData></worksheet>";
		List<SheetRow> scanned = new ArrayList<>();
		new SheetScanner(new CellFormats(styles, strings), "Customers")
			.scan(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), (row) -> scanned.add(row.copy()));
		return scanned;
	}

}
