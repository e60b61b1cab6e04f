package io.gapreport.delivery;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.gapreport.testing.GreenMailExtension;
import io.gapreport.testing.TestDatabases;
import jakarta.mail.internet.MimeMessage;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static io.gapreport.testing.GreenMailExtension.attachmentName;
import static io.gapreport.testing.GreenMailExtension.recipient;
import static io.gapreport.testing.GreenMailExtension.subject;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code run --mail} of a workbook with units (the units example, golden-units): each
 * unit's report goes to that unit's recipients only, once, named in the subject and the
 * attachment; a manager of two units gets two mails; a suppressed unit's recipient gets
 * nothing and the summary says why; a rerun sends nothing again.
 */
class UnitMailIntegrationTests {

	static final List<String> databases = TestDatabases.KINDS;

	@TempDir
	Path folder;

	@RegisterExtension
	final GreenMailExtension smtp = new GreenMailExtension();

	private final StringWriter out = new StringWriter();

	@ParameterizedTest
	@FieldSource("databases")
	void eachUnitsManagersGetOnlyTheirUnitsReportOnce(String database) throws Exception {
		int port = this.smtp.port();
		Path input = this.folder.resolve("input");
		unitsWorkbook(input.resolve("bank.xlsx"));
		List<String> db = TestDatabases.properties(database, this.folder);

		assertThat(run(input, port, db, "--mail")).as(this.out.toString()).isZero();
		MimeMessage[] received = this.smtp.received();
		assertThat(Arrays.stream(received).map((mail) -> recipient(mail) + " " + subject(mail)))
			.containsExactlyInAnyOrder("head@bank.example Service gap analysis: Bank Units, 2026-Q3",
					"anna@bank.example Service gap analysis: Oddział Kraków Rynek (Bank Units), 2026-Q3",
					"piotr@bank.example Service gap analysis: Oddział Kraków Rynek (Bank Units), 2026-Q3",
					"anna@bank.example Service gap analysis: Gdańsk (Bank Units), 2026-Q3");
		for (MimeMessage mail : received) {
			String expected = subject(mail).contains("Kraków") ? "bank-units-2026-q3-krakow-rynek.pdf"
					: subject(mail).contains("Gdańsk") ? "bank-units-2026-q3-gdansk.pdf" : "bank-units-2026-q3.pdf";
			assertThat(attachmentName(mail)).isEqualTo(expected);
		}
		JsonNode entry = summary().get(0);
		assertThat(entry.get("status").asString()).isEqualTo("reported");
		assertThat(entry.get("message").asString())
			.contains("unit Poznań has 2 customer(s), fewer than min_group_size 3")
			.contains("nothing mailed to its 1 recipient(s)");
		List<String> copies = new ArrayList<>();
		entry.get("mail")
			.forEach((copy) -> copies.add(copy.get("to").asString() + " "
					+ (copy.has("unit") ? copy.get("unit").asString() : "-") + " " + copy.get("status").asString()));
		assertThat(copies).containsExactlyInAnyOrder("head@bank.example - sent", "anna@bank.example Kraków Rynek sent",
				"piotr@bank.example Kraków Rynek sent", "anna@bank.example Gdańsk sent");

		assertThat(run(input, port, db, "--mail")).isZero();
		assertThat(this.smtp.received()).hasSize(4);
		List<String> again = new ArrayList<>();
		summary().get(0).get("mail").forEach((copy) -> again.add(copy.get("status").asString()));
		assertThat(again).hasSize(4).containsOnly("already_sent");
	}

	/**
	 * The units example with Gdańsk in the Units sheet, its recipient a manager of Kraków
	 * Rynek too; Poznań (suppressed) keeps its recipient.
	 */
	static void unitsWorkbook(Path file) throws Exception {
		Files.createDirectories(file.getParent());
		try (InputStream in = UnitMailIntegrationTests.class.getResourceAsStream("/golden-units/units-example.xlsx");
				XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet units = workbook.getSheet("Units");
			Row gdansk = units.createRow(units.getLastRowNum() + 1);
			gdansk.createCell(0).setCellValue("Gdańsk");
			gdansk.createCell(2).setCellValue("anna@bank.example");
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
	}

	private int run(Path input, int port, List<String> database, String... options) {
		return MailIntegrationTests.run(this.out, input, this.folder.resolve("output"), port, database, options);
	}

	private JsonNode summary() {
		return JsonMapper.builder().build().readTree(this.folder.resolve("output/run-summary.json").toFile());
	}

}
