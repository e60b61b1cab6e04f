package io.gapreport.batch;

import java.nio.file.Path;

import io.gapreport.run.ReportDelivery;
import io.gapreport.run.ReportFile;
import io.gapreport.run.ReportLedger;
import io.gapreport.run.RunOptions;
import io.gapreport.run.WaveHistory;
import io.gapreport.run.WorkbookOutcome;
import io.gapreport.run.WorkbookReporter;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The report job: one step that takes the workbooks of the input folder one at a time
 * (each its own chunk, so one failure never undoes another's work), reports each, and
 * gathers the outcomes for the run summary.
 */
@Configuration(proxyBeanMethods = false)
class ReportJobConfiguration {

	static final String JOB_NAME = "gapReportJob";

	@Bean
	Job gapReportJob(JobRepository jobRepository, Step reportWorkbooks, RunSummaryListener summaryListener) {
		return new JobBuilder(JOB_NAME, jobRepository).start(reportWorkbooks).listener(summaryListener).build();
	}

	@Bean
	Step reportWorkbooks(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			WorkbookItemReader workbookReader, ItemProcessor<Path, WorkbookOutcome> workbookProcessor,
			ItemWriter<WorkbookOutcome> outcomeWriter) {
		return new StepBuilder("reportWorkbooks", jobRepository).<Path, WorkbookOutcome>chunk(1)
			.transactionManager(transactionManager)
			.reader(workbookReader)
			.processor(workbookProcessor)
			.writer(outcomeWriter)
			.build();
	}

	@Bean
	@StepScope
	WorkbookItemReader workbookReader(@Value("#{jobParameters['input']}") String input, RunOutcomes runOutcomes,
			@Value("#{jobParameters['token']}") String token) {
		return new WorkbookItemReader(Path.of(input), runOutcomes, token);
	}

	@Bean
	@StepScope
	WorkbookItemProcessor workbookProcessor(@Value("#{jobParameters['input']}") String input,
			@Value("#{jobParameters['output']}") String output,
			@Value("#{jobParameters['force'] ?: false}") boolean force,
			@Value("#{jobParameters['mail'] ?: false}") boolean mail, WaveHistory history, ReportLedger ledger,
			ObjectProvider<ReportFile> reportFiles, ObjectProvider<ReportDelivery> delivery) {
		var reporter = new WorkbookReporter(Path.of(input), Path.of(output), new RunOptions(force, mail), history,
				ledger, reportFiles.orderedStream().toList(), delivery.getIfAvailable(() -> ReportDelivery.NONE));
		return new WorkbookItemProcessor(reporter);
	}

	@Bean
	RunOutcomes runOutcomes() {
		return new RunOutcomes();
	}

	@Bean
	@StepScope
	OutcomeItemWriter outcomeWriter(RunOutcomes runOutcomes, @Value("#{jobParameters['token']}") String token) {
		return new OutcomeItemWriter(runOutcomes, token);
	}

	@Bean
	RunSummaryListener summaryListener(RunOutcomes runOutcomes) {
		return new RunSummaryListener(runOutcomes);
	}

}
