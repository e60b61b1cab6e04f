package io.gapreport.batch;

import java.nio.file.Path;

import io.gapreport.run.ReportDelivery;
import io.gapreport.run.ReportDraft;
import io.gapreport.run.ReportFile;
import io.gapreport.run.ReportLedger;
import io.gapreport.run.UnitThreads;
import io.gapreport.run.WaveHistory;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The report job, three steps: {@code reportWorkbooks}, a manager step that makes one
 * partition per client, and {@code reportPartition}, the step that each partition runs
 * (on a thread of this process, or on a remote worker): the client's workbooks one at a
 * time, waves oldest first, each its own chunk (files, records and queued mail together),
 * so that one failure never undoes another's work; then {@code deliverReports}
 * ({@link DeliveryStepConfiguration}) on the manager; then {@code writeRunSummary}.
 */
@Configuration(proxyBeanMethods = false)
class ReportJobConfiguration {

	static final String JOB_NAME = "gapReportJob";

	/** The manager step: one partition per client. */
	static final String MANAGER_STEP = "reportWorkbooks";

	/**
	 * The step each partition runs, also the name of its bean: a remote worker finds it
	 * by that name.
	 */
	static final String PARTITION_STEP = "reportPartition";

	static final String SUMMARY_STEP = "writeRunSummary";

	@Bean
	Job gapReportJob(JobRepository jobRepository, Step reportWorkbooks, Step deliverReports, Step writeRunSummary) {
		return new JobBuilder(JOB_NAME, jobRepository).start(reportWorkbooks)
			.next(deliverReports)
			.next(writeRunSummary)
			.build();
	}

	@Bean
	Step writeRunSummary(JobRepository jobRepository) {
		return new StepBuilder(SUMMARY_STEP, jobRepository)
			.tasklet(new RunSummaryTasklet(jobRepository), new ResourcelessTransactionManager())
			.build();
	}

	@Bean
	Step reportWorkbooks(JobRepository jobRepository, ClientPartitioner clientPartitioner,
			ClientPartitionHandler partitionHandler) {
		return new StepBuilder(MANAGER_STEP, jobRepository).partitioner(PARTITION_STEP, clientPartitioner)
			.partitionHandler(partitionHandler)
			.build();
	}

	@Bean
	ClientPartitionHandler clientPartitionHandler(Step reportPartition,
			ObjectProvider<RemotePartitioningConfiguration.Manager> remote) {
		return new ClientPartitionHandler(reportPartition, remote);
	}

	@Bean
	Step reportPartition(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			WorkbookItemReader workbookReader, WorkbookItemProcessor workbookProcessor, ReportItemWriter reportWriter) {
		return new StepBuilder(PARTITION_STEP, jobRepository).<Path, ReportDraft>chunk(1)
			.transactionManager(transactionManager)
			.reader(workbookReader)
			.processor(workbookProcessor)
			.writer(reportWriter)
			.build();
	}

	@Bean
	@StepScope
	ClientPartitioner clientPartitioner(@Value("#{jobParameters['input']}") String input,
			@Value("#{jobParameters['" + ClientPartitionHandler.THREADS + "'] ?: '1'}") String threads) {
		return new ClientPartitioner(Path.of(input), Integer.parseInt(threads));
	}

	@Bean
	@StepScope
	WorkbookItemReader workbookReader(@Value("#{stepExecution}") StepExecution partition, LockGuard guard) {
		JobParameters run = partition.getJobExecution().getJobParameters();
		return new WorkbookItemReader(ClientPartitioner.workbooks(partition.getExecutionContext()),
				(workbook) -> guard.check(run, workbook));
	}

	@Bean
	@StepScope
	WorkbookItemProcessor workbookProcessor(@Value("#{stepExecution}") StepExecution partition,
			PartitionReporters reporters) {
		return new WorkbookItemProcessor(reporters.reporter(partition));
	}

	@Bean
	@StepScope
	ReportItemWriter reportWriter(@Value("#{stepExecution}") StepExecution partition, PartitionReporters reporters,
			JobRepository jobRepository, LockGuard guard) {
		JobParameters run = partition.getJobExecution().getJobParameters();
		return new ReportItemWriter(reporters.reporter(partition), jobRepository,
				(workbook) -> guard.check(run, workbook));
	}

	@Bean
	PartitionReporters partitionReporters(WaveHistory history, ReportLedger ledger,
			ObjectProvider<ReportFile> reportFiles, ObjectProvider<ReportDelivery> delivery, JdbcTemplate jdbc,
			PlatformTransactionManager transactions, UnitThreads unitThreads) {
		return new PartitionReporters(history, ledger, reportFiles.orderedStream().toList(),
				delivery.getIfAvailable(() -> ReportDelivery.NONE), jdbc, transactions, unitThreads);
	}

	/**
	 * The threads that write units' reports, as many as the partitions that run at once:
	 * shared by them, closed with the application.
	 */
	@Bean
	UnitThreads unitThreads(ReportRunSettings settings) {
		return UnitThreads.of(settings.threads());
	}

	@Bean
	ReportRunSettings reportRunSettings(@Value("${gap-report.threads:0}") int threads,
			@Value("${gap-report.remote.enabled:false}") boolean remote) {
		return new ReportRunSettings(threads, remote);
	}

}
