package io.gapreport.batch;

import java.nio.file.Path;
import java.util.List;

import io.gapreport.locking.JdbcFolderClaims;
import io.gapreport.run.ReportDelivery;
import io.gapreport.run.ReportFile;
import io.gapreport.run.ReportLedger;
import io.gapreport.run.RunOptions;
import io.gapreport.run.UnitThreads;
import io.gapreport.run.WaveHistory;
import io.gapreport.run.WorkbookReporter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Makes the {@link WorkbookReporter} of a partition from its job parameters. What the
 * reporters share across partitions (history, ledger, report files with their read-only
 * templates, delivery, the threads that write units' reports) is safe to use from several
 * threads at once.
 */
record PartitionReporters(WaveHistory history, ReportLedger ledger, List<ReportFile> reportFiles,
		ReportDelivery delivery, JdbcTemplate jdbc, PlatformTransactionManager transactions, UnitThreads unitThreads) {

	PartitionReporters {
		reportFiles = List.copyOf(reportFiles);
	}

	WorkbookReporter reporter(StepExecution partition) {
		JobParameters parameters = partition.getJobExecution().getJobParameters();
		var options = new RunOptions(Boolean.parseBoolean(parameters.getString("force", "false")),
				Boolean.parseBoolean(parameters.getString("mail", "false")));
		var claims = new JdbcFolderClaims(this.jdbc, this.transactions,
				partition.getJobExecution().getJobInstance().getId());
		return new WorkbookReporter(Path.of(parameters.getString("input")), Path.of(parameters.getString("output")),
				options, this.history, this.ledger, this.reportFiles, this.delivery, claims, this.unitThreads);
	}

}
