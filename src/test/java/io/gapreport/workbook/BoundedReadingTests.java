package io.gapreport.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.gapreport.testing.ExportWorkbooks;
import io.gapreport.testing.StreamedWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Limits that keep a workbook's memory bounded whatever its file holds, each refused as
 * one line naming sheet and cell, or the file's part. The workbooks are written entry by
 * entry, so that a test holds little of the hundreds of megabytes they unpack to; their
 * text compresses to about 1.8%, above POI's zip-bomb ratio (1%), as a real workbook's
 * would.
 */
class BoundedReadingTests {

	@TempDir
	Path dir;

	@Test
	void aCellOfHundredFiftyMillionCharactersIsRefusedNamingTheCell() throws Exception {
		Path file = StreamedWorkbook.survey().sheet("Customers", (out) -> {
			StreamedWorkbook.rows(new String[][] { { "respondent", "E:A1", "P:A1", "E:V1", "P:V1" } }).write(out);
			out.write(
					"<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>c1</t></is></c><c r=\"ZZ2\" t=\"inlineStr\"><is><t>");
			StreamedWorkbook.letters(out, 150_000_000, 100);
			out.write("</t></is></c></row>");
		}).write(this.dir.resolve("huge-cell.xlsx"));
		assertThat(Files.size(file)).isLessThan(4_000_000);
		assertThat(problem(file))
			.isEqualTo("cell Customers!ZZ2 holds 150,000,000 characters; the limit is 32,767, Excel's own");
	}

	@Test
	void aSharedStringTooLongIsRefusedWhereACellUsesIt() throws Exception {
		Path file = StreamedWorkbook.survey().sharedStrings((out) -> {
			out.write("<si><t>c9</t></si><si><r><t>");
			StreamedWorkbook.letters(out, 40_000_000, 100);
			out.write("</t></r><r><t>!</t></r></si>");
		}).sheet("Customers", (out) -> {
			StreamedWorkbook.rows(new String[][] { { "respondent", "E:A1", "P:A1", "E:V1", "P:V1" } }).write(out);
			out.write("<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\" t=\"s\"><v>1</v></c></row>");
		}).write(this.dir.resolve("huge-shared.xlsx"));
		assertThat(problem(file))
			.isEqualTo("cell Customers!B2 holds 40,000,001 characters; the limit is 32,767, Excel's own");
	}

	@Test
	void aZipBombJustUnderPoisRatioIsRefusedNamingThePart() throws Exception {
		// 30,000-character texts: each one within Excel's limit, together past the
		// table's
		Path file = StreamedWorkbook.survey().sharedStrings((out) -> {
			for (int i = 0; i < 600; i++) {
				out.write("<si><t>");
				StreamedWorkbook.letters(out, 30_000, 160);
				out.write("</t></si>");
			}
		}).write(this.dir.resolve("bomb.xlsx"));
		assertThat((double) Files.size(file) / (600 * 30_000)).isBetween(0.01, 0.015);
		assertThat(problem(file)).isEqualTo(
				"the workbook's shared strings (xl/sharedStrings.xml) hold more than 16,777,216 characters; the limit"
						+ " keeps a run's memory bounded: split the workbook, or give the answers as a .csv export"
						+ " (the responses key)");
	}

	@Test
	void aSheetOfEveryExcelRowIsRefusedWhereItIsReadWhole() throws Exception {
		Path file = StreamedWorkbook.survey().sheet("Items", (out) -> {
			StreamedWorkbook.rows(new String[][] { { "code", "text", "level" } }).write(out);
			for (int row = 2; row <= 1_048_576; row++) {
				out.write("<row r=\"" + row + "\"><c t=\"inlineStr\"><is><t>x</t></is></c></row>");
			}
		}).write(this.dir.resolve("million-items.xlsx"));
		assertThat(problem(file)).isEqualTo(
				"Items: the sheet holds more than 65,536 rows or 8,388,608 characters, far more than this sheet ever"
						+ " needs: not read");
	}

	@Test
	void aCsvFieldLongerThanACellIsRefusedBeforeItIsHeld() throws Exception {
		Path fixture = ExportWorkbooks.fixture("google-forms", this.dir.resolve("fixture"));
		String header = Files.readAllLines(fixture.resolveSibling("google-forms.csv")).get(0);
		Path csv = this.dir.resolve("big.csv");
		try (Writer out = Files.newBufferedWriter(csv)) {
			out.write(header + "\n1/6/2026 10:04:11,c1@example.com,Retail,Phone,Yes,9,5,5,4,4,3,4,5,3,2,3,\"");
			StreamedWorkbook.letters(out, 40_000_000, 100);
			out.write("\"\n");
		}
		Path workbook = ExportWorkbooks.engagement(this.dir.resolve("big.xlsx"), "big.csv", "google-forms",
				ExportWorkbooks.fixtureMapping("google-forms"));
		assertThat(problem(workbook))
			.isEqualTo("big.csv: record 2 holds a field longer than 32,767 characters, the limit of an Excel cell");
	}

	@Test
	void aRowPastExcelsLastIsRefused() throws Exception {
		Path file = StreamedWorkbook.survey().sheet("Customers", (out) -> {
			StreamedWorkbook.rows(new String[][] { { "respondent", "E:A1", "P:A1", "E:V1", "P:V1" } }).write(out);
			out.write("<row r=\"1048577\"><c r=\"A1048577\"><v>1</v></c></row>");
		}).write(this.dir.resolve("past-last-row.xlsx"));
		assertThat(problem(file)).isEqualTo("Customers: row 1,048,577 is past Excel's last row, 1,048,576");
	}

	@Test
	void everyColumnToXfdIsReadAndOnePastItIsRefused() throws Exception {
		assertThat(scan("<row r=\"1\"><c r=\"XFD1\"><v>7</v></c></row>").get(0).text(16_383)).isEqualTo("7");
		TooLarge refused = catchThrowableOfType(TooLarge.class,
				() -> scan("<row r=\"1\"><c r=\"XFE1\"><v>7</v></c></row>"));
		assertThat(refused).hasMessage("cell Customers!XFE1 is past Excel's last column, XFD");
	}

	@Test
	void textLongerThanAParserSegmentReadsAsWritten() throws Exception {
		// 30,000 characters in 290,000 bytes (character references padded with zeros):
		// split into segments, between characters and outside references
		String written = "&#00000000382;&amp;&#0008364;".repeat(10_000);
		List<SheetRow> rows = scan("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + written
				+ "</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>ž&amp;€</t></is></c></row>");
		assertThat(written.length()).isGreaterThan(XmlSegments.RUN);
		assertThat(rows.get(0).text(0)).isEqualTo("ž&€".repeat(10_000));
		assertThat(rows.get(0).text(1)).isEqualTo("ž&€");
		TooLarge refused = catchThrowableOfType(TooLarge.class, () -> scan(
				"<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + "ž&amp;€".repeat(40_000) + "</t></is></c></row>"));
		assertThat(refused).hasMessage("cell Customers!A1 holds 120,000 characters; the limit is 32,767, Excel's own");
	}

	private static List<SheetRow> scan(String rows) throws Exception {
		String xml = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + rows
				+ "</sheetData></worksheet>";
		List<SheetRow> scanned = new ArrayList<>();
		new SheetScanner(new CellFormats(null, SharedTexts.NONE), "Customers")
			.scan(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), (row) -> scanned.add(row.copy()));
		return scanned;
	}

	/** The one problem reading {@code file} gives. */
	private static String problem(Path file) throws IOException {
		WorkbookException ex = catchThrowableOfType(WorkbookException.class, () -> {
			try (SurveyWorkbook workbook = SurveyWorkbook.open(file)) {
				workbook.stream(new CountingSink());
			}
		});
		assertThat(ex).as("a workbook error").isNotNull();
		assertThat(ex.problems()).hasSize(1);
		return ex.problems().get(0);
	}

}
