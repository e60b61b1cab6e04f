package io.gapreport.delivery;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.gapreport.cli.GapReportCli;
import io.gapreport.testing.GreenMailExtension;
import io.gapreport.testing.TestDatabases;
import io.gapreport.testing.Workbooks;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report mail as a real SMTP server (GreenMail, on loopback) receives it: the words as
 * HTML with their plain-text alternative, the PDF and its HTML twin attached, the twin
 * left out when {@code gap-report.mail.attach-html=false}.
 */
class MailBodyIntegrationTests {

	@RegisterExtension
	final GreenMailExtension smtp = new GreenMailExtension();

	@TempDir
	Path folder;

	@Test
	void theMailHasAnHtmlBodyWithItsTextAlternativeAndCarriesThePdfAndItsHtmlTwin() throws Exception {
		int port = this.smtp.port();
		Path input = this.folder.resolve("input");
		Workbooks.example(input.resolve("cafe.xlsx"), "Kawiarnia <Łódź>", "2026-Q3", "pl", "anna@example.com");
		assertThat(run(input, port)).isZero();
		List<Leaf> parts = leaves(this.smtp.received()[0]);
		assertThat(body(parts, "text/plain")).contains("Kawiarnia <Łódź>", "\u22120,53", "Dostępność");
		assertThat(body(parts, "text/html"))
			.contains("<html lang=\"pl\">", "Kawiarnia &lt;Łódź&gt;", "\u22120,53", "<li>Dostępność")
			.doesNotContain("<script", "<img", "src=", "<style");
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
		assertThat(leaves(this.smtp.received()[1]).stream().filter(Leaf::attached).map(Leaf::name))
			.containsExactly("kawiarnia-lodz-2026-q4.pdf");
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
