package io.gapreport.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class TemplatesTests {

	private static final String PAGE = """
			<html xmlns="http://www.w3.org/1999/xhtml"><head><style type="text/css">
			* { font-family: "Liberation Sans"; }</style></head>
			<body><p>${text}</p><p title="${text}">attribute</p></body></html>
			""";

	@Test
	void workbookTextIsEscapedNeverInterpreted(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("page.ftlh"), PAGE);

		String xhtml = Templates.from(dir).render("page.ftlh", Map.of("text", DemoDocument.HOSTILE), Locale.ROOT);

		assertThat(xhtml).contains("&lt;b&gt;x&lt;/b&gt; ${7*7} &lt;#if true&gt;y&lt;/#if&gt; &amp; &quot;q&quot;")
			.doesNotContain("49")
			.doesNotContain("<b>");
	}

	@Test
	void hostileTextAppearsLiterallyInThePdf(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("page.ftlh"), PAGE);
		String xhtml = Templates.from(dir).render("page.ftlh", Map.of("text", DemoDocument.HOSTILE), Locale.ROOT);
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();

		new PdfRenderer().render(xhtml, Map.of(), pdf);

		assertThat(new PdfInspection(pdf.toByteArray()).text()).contains(DemoDocument.HOSTILE);
	}

	@Test
	void userDirectoryOverridesAndPackagedTemplatesRemain(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("demo.ftlh"), "<p>${text}</p>");
		Templates templates = Templates.from(dir);

		assertThat(templates.render("demo.ftlh", Map.of("text", "mine"), Locale.ROOT)).isEqualTo("<p>mine</p>");
		assertThat(Templates.packaged().render("demo.ftlh", DemoDocument.model(), Locale.ROOT))
			.contains("data-chart=\"gaps\"");
	}

}
