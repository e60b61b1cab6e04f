package io.gapreport.system;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Control characters from workbooks are shown as escapes, never passed to a terminal. */
class ConsoleTextTests {

	@Test
	void escapeSequencesCarriageReturnsAndBidiOverridesAreShownEscaped() {
		assertThat(ConsoleText.escape("\u001b[31mred\u001b[0m\rover\u0007\u009b2J\u202Eevil"))
			.isEqualTo("\\u001b[31mred\\u001b[0m\\u000dover\\u0007\\u009b2J\\u202eevil");
	}

	@Test
	void plainTextLineBreaksAndTabsAreKept() {
		String text = "Café «Łódź» — 5 ≥ 4\n\tat line";
		assertThat(ConsoleText.escape(text)).isSameAs(text);
	}

	@Test
	void aWriterEscapesWhatEveryPrintMethodWrites() {
		StringWriter shown = new StringWriter();
		try (PrintWriter out = new PrintWriter(ConsoleText.escaping(shown), true)) {
			out.print('\u001b');
			out.printf("%s%n", "\u001b[2J");
			out.println("ok");
		}
		assertThat(shown.toString())
			.isEqualTo("\\u001b\\u001b[2J" + System.lineSeparator() + "ok" + System.lineSeparator());
	}

}
