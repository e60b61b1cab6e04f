package io.gapreport.delivery;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.icegreen.greenmail.util.GreenMail;
import io.gapreport.cli.GapReportCli;
import io.gapreport.report.Formats;
import io.gapreport.report.Messages;
import io.gapreport.testing.GreenMailExtension;
import io.gapreport.testing.TestDatabases;
import io.gapreport.testing.Workbooks;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report mail as a real SMTP server (GreenMail, on loopback) receives it: page 1 of the
 * report as simple HTML (the four levels as a table with their figures as in
 * {@code scores.json} and their status in words) with the same content as its plain-text
 * alternative, the PDF and its HTML twin attached, the twin left out when
 * {@code gap-report.mail.attach-html=false}; a unit's mail with the unit's standing
 * against the rest; a report too large to attach with both bodies saying where it is; a
 * copy queued before HTML bodies were stored with its plain words as HTML.
 */
class MailBodyIntegrationTests {

	@RegisterExtension
	final GreenMailExtension smtp = new GreenMailExtension();

	private static final List<String> LEVELS = List.of("accuracy", "availability", "partnership", "advice");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path folder;

	@Test
	void theMailHasAnHtmlBodyWithItsTextAlternativeAndCarriesThePdfAndItsHtmlTwin() throws Exception {
		int port = this.smtp.port();
		GreenMail smtp = this.smtp.server();
		sendsBothFiles(smtp, port);
	}

	private void sendsBothFiles(GreenMail smtp, int port) throws Exception {
		Path input = this.folder.resolve("input");
		Workbooks.example(input.resolve("cafe.xlsx"), "Kawiarnia <Łódź>", "2026-Q3", "pl", "anna@example.com");
		assertThat(run(input, port)).isZero();
		List<Leaf> parts = leaves(smtp.getReceivedMessages()[0]);
		String text = body(parts, "text/plain");
		String html = body(parts, "text/html");
		assertThat(text).contains("Kawiarnia <Łódź>", "\u22120,53", "Dostępność").doesNotContain("&lt;");
		assertThat(html)
			.contains("<html lang=\"pl\" dir=\"ltr\">", "Kawiarnia &lt;Łódź&gt;", "\u22120,53", ">Dostępność")
			.doesNotContain("Kawiarnia <Łódź>", "<script", "<img", "src=", "<style", "class=", "http://", "https://");
		levelsAsInScoresJson(html, text, this.folder.resolve("output/kawiarnia-lodz/2026-q3/scores.json"));
		assertThat(parts.stream().filter(Leaf::attached).map(Leaf::name)).containsExactly("kawiarnia-lodz-2026-q3.pdf",
				"kawiarnia-lodz-2026-q3.html");
		Leaf twin = parts.stream()
			.filter((part) -> part.attached() && part.name().endsWith(".html"))
			.findFirst()
			.orElseThrow();
		assertThat(twin.type()).startsWith("text/html");
		assertThat(twin.text()).startsWith("<!DOCTYPE html>").contains("<figure");

		Workbooks.example(input.resolve("cafe.xlsx"), "Kawiarnia <Łódź>", "2026-Q4", "pl", "anna@example.com");
		assertThat(run(input, port, "--gap-report.mail.attach-html=false")).isZero();
		assertThat(leaves(smtp.getReceivedMessages()[1]).stream().filter(Leaf::attached).map(Leaf::name))
			.containsExactly("kawiarnia-lodz-2026-q4.pdf");
	}

	@Test
	void aUnitsMailSaysWhereTheUnitStandsAndATooLargeReportsMailSaysWhereItIs() throws Exception {
		int port = this.smtp.port();
		GreenMail smtp = this.smtp.server();
		Path input = this.folder.resolve("input");
		Files.createDirectories(input);
		try (InputStream in = getClass().getResourceAsStream("/golden-units/units-example.xlsx")) {
			Files.copy(in, input.resolve("bank.xlsx"));
		}
		assertThat(run(input, port, "--gap-report.mail.max-attachment-size=10KB")).isZero();
		MimeMessage unitMail = Arrays.stream(smtp.getReceivedMessages())
			.filter((mail) -> subject(mail).contains("Kraków Rynek"))
			.findFirst()
			.orElseThrow();
		List<Leaf> parts = leaves(unitMail);
		String html = body(parts, "text/html");
		String text = body(parts, "text/plain");
		JsonNode unit = JSON
			.readTree(this.folder.resolve("output/bank-units/2026-q3/units/krakow-rynek/scores.json").toFile());
		Messages en = Messages.load("en", null);
		Formats formats = new Formats(Locale.ENGLISH, "\u2013");
		String title = en.get("units.standing.title", "Oddział Kraków Rynek");
		assertThat(html).contains(title);
		assertThat(text).contains(title);
		for (String level : LEVELS) {
			JsonNode vs = unit.get("vs_rest").get(level);
			String status = en.get("units.status." + vs.get("status").asString());
			String diff = formats.gap(vs.get("diff").asDouble());
			assertThat(row(html, title, en.get("level." + level))).contains(diff, ">" + status + "<");
			assertThat(text).contains("- " + en.get("level." + level) + " \u2013 " + status + " \u00b7 "
					+ en.get("units.col.difference") + " " + diff);
		}
		levelsAsInScoresJson(html, text,
				this.folder.resolve("output/bank-units/2026-q3/units/krakow-rynek/scores.json"));
		// the report is over 10 KB: no attachment, both bodies say where it is
		String report = this.folder.resolve("output/bank-units/2026-q3/units/krakow-rynek/report.pdf")
			.toAbsolutePath()
			.toString();
		assertThat(parts.stream().filter(Leaf::attached)).isEmpty();
		assertThat(html).contains(report).doesNotContain(en.get("mail.attached"));
		assertThat(text).contains(report).doesNotContain(en.get("mail.attached"));
	}

	@Test
	void aCopyQueuedBeforeHtmlBodiesWereStoredGoesWithItsPlainWordsAsHtml() throws Exception {
		int port = this.smtp.port();
		GreenMail smtp = this.smtp.server();
		Path report = Files.createDirectories(this.folder.resolve("output/cafe/2026-q3")).resolve("report.pdf");
		Files.writeString(report, "%PDF-1.7 a report");
		var mailSender = new JavaMailSenderImpl();
		mailSender.setHost("127.0.0.1");
		mailSender.setPort(port);
		var sender = new SmtpSender(mailSender, "reports@acme.com");
		String plain = "Hello,\n\n- Café <Ark> falls short.\n\n-- \nSent by gap-report\n";
		sender.send(new QueuedMail("c0ffee", "anna@acme.com", "cafe.xlsx", "Café", "2026-Q3", report,
				"Service gap analysis", plain, true, DeliveryQueue.PENDING, null));
		sender.send(new QueuedMail("beef", "anna@acme.com", "cafe.xlsx", "Café", "2026-Q3", report,
				"Service gap analysis", plain, false, DeliveryQueue.PENDING, null, null, null, "<p>stored</p>"));
		List<Leaf> old = leaves(smtp.getReceivedMessages()[0]);
		assertThat(lines(body(old, "text/html"))).isEqualTo(HtmlBody.of(plain, "en")).contains("<li>Café &lt;Ark&gt;");
		assertThat(lines(body(old, "text/plain"))).isEqualTo(plain);
		List<Leaf> stored = leaves(smtp.getReceivedMessages()[1]);
		assertThat(body(stored, "text/html")).isEqualTo("<p>stored</p>");
		assertThat(lines(body(stored, "text/plain"))).isEqualTo(plain);
		assertThat(stored.stream().filter(Leaf::attached)).as("too large to attach").isEmpty();
	}

	/**
	 * The four levels in the mail as in {@code scores.json}: in the HTML body's table,
	 * each level's row holds its gap, its share of customers whose expectation was met
	 * and its status in words; in the text, its line.
	 */
	private static void levelsAsInScoresJson(String html, String text, Path scoresJson) {
		JsonNode scores = JSON.readTree(scoresJson.toFile());
		String language = (scores.has("language")) ? scores.get("language").asString()
				: (html.contains("lang=\"pl\"") ? "pl" : "en");
		Messages words = Messages.load(language, null);
		Formats formats = new Formats(Locale.forLanguageTag(language), "\u2013");
		for (String level : LEVELS) {
			JsonNode gap5 = scores.get("levels").get(level).get("gap5");
			if (gap5 == null || gap5.get("mean").isNull()) {
				continue;
			}
			String name = words.get("level." + level);
			String status = words.get("status." + scores.get("levels").get(level).get("status").asString());
			String gap = formats.gap(gap5.get("mean").asDouble());
			String share = formats.percent(gap5.get("share_met").asDouble());
			assertThat(row(html, words.get("decision.levels"), name)).contains(gap, share, ">" + status + "<");
			assertThat(text).contains("- " + name + " \u2013 " + status + " \u00b7 " + words.get("levels.col.gap") + " "
					+ gap + " \u00b7 ");
			assertThat(text.lines().filter((line) -> line.startsWith("- " + name + " \u2013 ")))
				.anyMatch((line) -> line.contains(words.get("levels.col.share") + " " + share));
		}
	}

	/**
	 * The row of the table captioned {@code caption} whose header cell is {@code name}.
	 */
	private static String row(String html, String caption, String name) {
		int table = html.indexOf(caption + "</caption>");
		assertThat(table).as("a table captioned " + caption).isPositive();
		String rows = html.substring(table, html.indexOf("</table>", table));
		return Arrays.stream(rows.split("<tr>"))
			.filter((row) -> row.contains("<th scope=\"row\"") && row.contains(">" + name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row " + name + " under " + caption));
	}

	/** Text as sent, its line ends as written (SMTP carries CRLF). */
	private static String lines(String text) {
		return text.replace("\r\n", "\n");
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private int run(Path input, int port, String... options) {
		List<String> args = new ArrayList<>(
				List.of("run", "--input", input.toString(), "--output", this.folder.resolve("output").toString(),
						"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + port, "--mail"));
		args.addAll(TestDatabases.properties("h2", this.folder));
		args.addAll(List.of(options));
		var out = new PrintWriter(new StringWriter(), true);
		return GapReportCli.execute(out, out, args.toArray(String[]::new));
	}

	private static String body(List<Leaf> parts, String type) {
		return parts.stream()
			.filter((part) -> !part.attached() && part.type().startsWith(type))
			.map(Leaf::text)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + type + " body"));
	}

	/** One leaf part of a message: its type, whether attached, its file name and text. */
	private record Leaf(String type, boolean attached, String name, String text) {
	}

	private static List<Leaf> leaves(Part part) throws Exception {
		List<Leaf> leaves = new ArrayList<>();
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				leaves.addAll(leaves(multipart.getBodyPart(i)));
			}
		}
		else {
			boolean attached = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition());
			leaves.add(new Leaf(part.getContentType().toLowerCase(java.util.Locale.ROOT), attached,
					(part.getFileName() != null) ? part.getFileName() : "",
					new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8)));
		}
		return leaves;
	}

}
