package io.gapreport.history;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import io.gapreport.run.ReportLedger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The report ledger in table {@code GR_REPORTED_WORKBOOK}. */
public final class JdbcReportLedger implements ReportLedger {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate own;

	/**
	 * @param transactions each read and write runs in a transaction of its own, so that a
	 * refused statement never aborts the caller's (on PostgreSQL an aborted transaction
	 * refuses everything after it)
	 */
	public JdbcReportLedger(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		jdbc.execute("""
				CREATE TABLE IF NOT EXISTS GR_REPORTED_WORKBOOK (
					CHECKSUM VARCHAR(64) NOT NULL,
					FOLDER VARCHAR(400) NOT NULL,
					CLIENT VARCHAR(1000),
					WAVE VARCHAR(1000),
					FILES VARCHAR(4000),
					REPORTED_AT TIMESTAMP NOT NULL,
					PRIMARY KEY (CHECKSUM, FOLDER))""");
	}

	@Override
	public boolean isReported(String checksum, String folder) {
		Integer count = this.own.execute((status) -> this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM GR_REPORTED_WORKBOOK WHERE CHECKSUM = ? AND FOLDER = ?", Integer.class, checksum,
				folder));
		return count != null && count > 0;
	}

	@Override
	public void recordReported(String checksum, String folder, String client, String wave, List<String> files) {
		this.own.executeWithoutResult((status) -> {
			this.jdbc.update("DELETE FROM GR_REPORTED_WORKBOOK WHERE CHECKSUM = ? AND FOLDER = ?", checksum, folder);
			this.jdbc.update(
					"INSERT INTO GR_REPORTED_WORKBOOK (CHECKSUM, FOLDER, CLIENT, WAVE, FILES, REPORTED_AT) VALUES (?, ?, ?, ?, ?, ?)",
					checksum, folder, client, wave, String.join("\n", files), Timestamp.from(Instant.now()));
		});
	}

}
