package io.gapreport.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimestampedWriterTests {

	@Test
	void everyLineStartsWithTheDateAndTimeToTheSecond() {
		var text = new StringWriter();
		var out = new PrintWriter(new TimestampedWriter(text), true);
		out.print("[1/2] a.xlsx: failed");
		out.println(" (0.1 s) Customers: sheet is missing");
		out.printf("two%nlines%n");
		assertThat(text.toString().lines()).hasSize(3)
			.allSatisfy((line) -> assertThat(line).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d \\S.*"));
		assertThat(text.toString()).contains(" [1/2] a.xlsx: failed (0.1 s) Customers: sheet is missing");
	}

}
