package io.gapreport.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Files that cannot be read at all fail alone, with a one-line reason and no stack trace
 * in the message.
 */
class UnreadableFilesTests {

	@TempDir
	Path dir;

	private String reason(Path file) {
		WorkbookException ex = catchThrowableOfType(WorkbookException.class, () -> {
			try (SurveyWorkbook workbook = SurveyWorkbook.open(file)) {
				workbook.stream(new RecordingSink());
			}
		});
		assertThat(ex.problems()).hasSize(1);
		assertThat(ex.getMessage()).isEqualTo(ex.problems().get(0)).doesNotContain("\n").doesNotContain("\tat ");
		return ex.getMessage();
	}

	private Path file(String name, byte[] content) throws IOException {
		return Files.write(this.dir.resolve(name), content);
	}

	@Test
	void emptyFile() throws Exception {
		assertThat(reason(file("empty.xlsx", new byte[0]))).isEqualTo("empty file");
	}

	@Test
	void truncatedZip() throws Exception {
		byte[] whole = Files.readAllBytes(TestWorkbook.valid().write(this.dir));
		assertThat(reason(file("truncated.xlsx", Arrays.copyOf(whole, whole.length * 9 / 10))))
			.isEqualTo("not a readable .xlsx workbook: the file is cut short (truncated): copy or save it again");
		assertThat(reason(file("half.xlsx", Arrays.copyOf(whole, whole.length / 2)))).isEqualTo(
				"not a readable .xlsx workbook: a part the workbook lists is missing from the file: it is truncated,"
						+ " or was not saved by a spreadsheet program (save it again from Excel)");
	}

	@Test
	void damagedXmlIsSaidInTheUsersWordsNotTheParsers() throws Exception {
		Path valid = TestWorkbook.valid().write(this.dir);
		String damaged = "its XML is damaged (not as a spreadsheet program writes it): save the workbook again from"
				+ " Excel";
		assertThat(reason(rewrite(valid, "xl/worksheets/sheet3.xml",
				(xml) -> xml.replace("</sheetData>", "<row><c></sheetData>"))))
			.isEqualTo("Customers: cannot read the sheet: " + damaged);
		assertThat(reason(
				rewrite(valid, "xl/worksheets/sheet3.xml", (xml) -> xml.replaceFirst("<row r=\"1\"", "<row r=\"x1\""))))
			.isEqualTo("Customers: cannot read the sheet: " + damaged);
		// a cut-off styles part is damage, not a DOCTYPE
		assertThat(reason(rewrite(valid, "xl/styles.xml", (xml) -> xml.substring(0, xml.length() / 2))))
			.isEqualTo("not a readable .xlsx workbook: " + damaged);
		assertThat(reason(rewrite(valid, "xl/sharedStrings.xml", (xml) -> xml.substring(0, xml.length() / 2))))
			.isEqualTo("not a readable .xlsx workbook: " + damaged);
	}

	@Test
	void oldXlsRenamed() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (HSSFWorkbook workbook = new HSSFWorkbook()) {
			workbook.createSheet("Engagement");
			workbook.write(out);
		}
		assertThat(reason(file("old.xlsx", out.toByteArray()))).startsWith("an old Excel 97-2003 (.xls)");
	}

	@Test
	void textRenamed() throws Exception {
		assertThat(reason(file("notes.xlsx", "client;wave\nAcme;W1\n".getBytes(StandardCharsets.UTF_8))))
			.startsWith("not an .xlsx workbook");
		assertThat(reason(file("page.xlsx", "<html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8))))
			.isEqualTo("not an .xlsx workbook (the file looks like HTML)");
	}

	@Test
	void zipThatIsNoWorkbook() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("readme.txt"));
			zip.write("hello".getBytes(StandardCharsets.UTF_8));
		}
		assertThat(reason(file("archive.xlsx", out.toByteArray()))).startsWith("not a readable .xlsx workbook: ");
	}

	@Test
	void encryptedWorkbook() throws Exception {
		Path plain = TestWorkbook.valid().write(this.dir);
		Path encrypted = this.dir.resolve("secret.xlsx");
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
			encryptor.confirmPassword("secret");
			try (OutputStream out = encryptor.getDataStream(fs)) {
				Files.copy(plain, out);
			}
			try (OutputStream out = Files.newOutputStream(encrypted)) {
				fs.writeFilesystem(out);
			}
		}
		assertThat(reason(encrypted)).startsWith("encrypted (password-protected) workbook");
	}

	@Test
	void externalEntityIsNeverResolved() throws Exception {
		Path secret = Files.writeString(this.dir.resolve("secret.txt"), "TOP-SECRET");
		Path file = rewrite(TestWorkbook.valid().write(this.dir), "xl/worksheets/sheet1.xml",
				(xml) -> "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
						+ xml.substring(xml.indexOf("<worksheet")).replace(">client<", ">&xxe;<"));
		assertThat(reason(file)).contains("DOCTYPE").doesNotContain("TOP-SECRET");
	}

	@Test
	void billionLaughsIsRefused() throws Exception {
		StringBuilder doctype = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY lol0 \"lol\">");
		for (int i = 1; i < 10; i++) {
			doctype.append("<!ENTITY lol").append(i).append(" \"");
			doctype.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
		}
		doctype.append("]>");
		Path file = rewrite(TestWorkbook.valid().write(this.dir), "xl/worksheets/sheet3.xml",
				(xml) -> "<?xml version=\"1.0\"?>" + doctype
						+ xml.substring(xml.indexOf("<worksheet")).replace(">c1<", ">&lol9;<"));
		assertThat(reason(file)).contains("DOCTYPE");
	}

	@Test
	void zipBombIsRefused() throws Exception {
		Path file = rewrite(TestWorkbook.valid().write(this.dir), "xl/worksheets/sheet1.xml",
				(xml) -> xml.replace("<sheetData>", " ".repeat(50_000_000) + "<sheetData>"));
		assertThat(reason(file)).contains("zip bomb");
	}

	/** A copy of a workbook with one zip entry's text changed. */
	private Path rewrite(Path workbook, String entryName, UnaryOperator<String> change) throws IOException {
		Path copy = Files.createTempFile(this.dir, "rewritten", ".xlsx");
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(workbook));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				if (entry.getName().equals(entryName)) {
					content = change.apply(new String(content, StandardCharsets.UTF_8))
						.getBytes(StandardCharsets.UTF_8);
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(content);
			}
		}
		return copy;
	}

}
