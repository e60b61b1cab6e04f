package io.gapreport.delivery;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import io.gapreport.GapReportApplication;
import io.gapreport.run.ReportDelivery;
import io.gapreport.run.ReportRun;
import io.gapreport.run.RunOptions;
import io.gapreport.run.RunProgress;
import io.gapreport.run.WorkbookOutcome;
import io.gapreport.testing.GreenMailExtension;
import io.gapreport.testing.TestDatabases;
import io.gapreport.testing.Workbooks;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The three-step job in process: every report is recorded, then the delivery step fails
 * on a fault that is not the mail server's (it cannot be skipped), the run fails, and the
 * next run restarts it: the delivery step sends what is left, nothing twice, and the
 * summary step writes a summary that covers both executions.
 */
class DeliveryStepRestartTests {

	static final List<String> databases = TestDatabases.KINDS;

	/** The fault: the second copy's send fails once, as a bug in a library would. */
	static final AtomicBoolean fault = new AtomicBoolean();

	@TempDir
	Path folder;

	@RegisterExtension
	final GreenMailExtension smtp = new GreenMailExtension();

	@ParameterizedTest
	@FieldSource("databases")
	void aDeliveryStepThatFailsIsRestartedByTheNextRunAndSendsNothingTwice(String database) throws Exception {
		int port = this.smtp.port();
		Path input = this.folder.resolve("input");
		Path output = this.folder.resolve("output");
		Workbooks.example(input.resolve("cafe.xlsx"), "Café", "2026-Q3", "en",
				"anna@example.com; jan@example.org; eva@example.net");
		List<String> args = new ArrayList<>(List.of("--gap-report.threads=1", "--gap-report.mail.backoff=10ms",
				"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + port));
		args.addAll(TestDatabases.properties(database, this.folder));

		fault.set(true);
		try (ConfigurableApplicationContext first = start(args)) {
			assertThatThrownBy(() -> first.getBean(ReportRun.class)
				.run(input, output, new RunOptions(false, true), RunProgress.NONE))
				.hasStackTraceContaining("a fault that is not the mail server's");
		}
		assertThat(this.smtp.received()).as("the first copy went before the fault").hasSize(1);
		assertThat(output.resolve("cafe/2026-q3/report.pdf")).isRegularFile();
		assertThat(output.resolve("run-summary.json")).doesNotExist();

		List<WorkbookOutcome> outcomes;
		try (ConfigurableApplicationContext next = start(args)) {
			outcomes = next.getBean(ReportRun.class).run(input, output, new RunOptions(false, true), RunProgress.NONE);
		}
		MimeMessage[] received = this.smtp.received();
		assertThat(Arrays.stream(received).map(GreenMailExtension::recipient))
			.containsExactlyInAnyOrder("anna@example.com", "jan@example.org", "eva@example.net");
		assertThat(outcomes).singleElement().satisfies((outcome) -> {
			assertThat(outcome.status()).as(outcome.message()).isEqualTo(WorkbookOutcome.Status.REPORTED);
			assertThat(outcome.mail()).extracting(ReportDelivery.Outcome::status)
				.containsOnly(ReportDelivery.Status.SENT)
				.hasSize(3);
		});
		var summary = JsonMapper.builder().build().readTree(output.resolve("run-summary.json").toFile());
		assertThat(summary).hasSize(1);
		assertThat(summary.get(0).get("mail")).hasSize(3);
		summary.get(0).get("mail").forEach((copy) -> assertThat(copy.get("status").asString()).isEqualTo("sent"));
	}

	private static ConfigurableApplicationContext start(List<String> args) {
		return new SpringApplicationBuilder(GapReportApplication.class, FaultyMail.class)
			.run(args.toArray(String[]::new));
	}

	/**
	 * A mail sender to the test's server that fails the second send while {@link #fault}
	 * is set (not a configuration class: component scanning must not find it).
	 */
	static class FaultyMail {

		@Bean
		JavaMailSender javaMailSender(org.springframework.core.env.Environment environment) {
			var sender = new JavaMailSenderImpl() {

				private int sends;

				@Override
				public void send(MimeMessage... messages) {
					if (++this.sends == 2 && fault.getAndSet(false)) {
						throw new IllegalStateException("a fault that is not the mail server's");
					}
					super.send(messages);
				}

			};
			sender.setHost(environment.getProperty("spring.mail.host"));
			sender.setPort(Integer.parseInt(environment.getProperty("spring.mail.port")));
			return sender;
		}

	}

}
