package io.gapreport.system;

import java.time.Duration;

import io.gapreport.history.JdbcReportLedger;
import io.gapreport.history.JdbcWaveHistory;
import io.gapreport.locking.JdbcRunLock;
import io.gapreport.run.Owners;
import io.gapreport.run.ReportLedger;
import io.gapreport.run.RunLock;
import io.gapreport.run.WaveHistory;
import io.gapreport.schedule.ScheduleStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The job database's migration at start, one process at a time
 * ({@link JobDatabaseMigration}), and what gap-report keeps there beside Spring Batch's
 * tables: the report ledger and the wave history ({@code history}), the schedules of
 * {@code serve} ({@code schedule}) and the run lock ({@code locking}; each partition's
 * folder claims are made by {@code batch.PartitionReporters}).
 */
@Configuration(proxyBeanMethods = false)
class JobDatabaseConfiguration {

	@Bean
	static JobDatabaseSettings jobDatabaseSettings(Environment environment) {
		return new JobDatabaseSettings(environment);
	}

	@Bean
	JobDatabaseMigration jobDatabaseMigration() {
		return new JobDatabaseMigration();
	}

	@Bean
	ReportLedger reportLedger(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		return new JdbcReportLedger(jdbc, transactions);
	}

	@Bean
	WaveHistory waveHistory(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		return new JdbcWaveHistory(jdbc, transactions);
	}

	@Bean
	ScheduleStore scheduleStore(JdbcTemplate jdbc) {
		return new ScheduleStore(jdbc);
	}

	@Bean
	RunLock runLock(JdbcTemplate jdbc) {
		return new JdbcRunLock(jdbc, Owners.current(), Duration.ofMinutes(2));
	}

}
