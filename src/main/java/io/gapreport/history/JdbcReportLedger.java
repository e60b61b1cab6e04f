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

	private final TransactionTemplate nested;

	/**
	 * @param transactions reads run in a transaction of their own; a write runs nested in
	 * the caller's transaction (a savepoint), so that it commits with the caller's chunk
	 * (a partition killed before its chunk commits reports the workbook again, rather
	 * than finding it "unchanged") while a refused statement is rolled back to the
	 * savepoint and never aborts the caller's transaction (on PostgreSQL an aborted
	 * transaction refuses everything after it)
	 */
	public JdbcReportLedger(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.nested = new TransactionTemplate(transactions);
		this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
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
		this.nested.executeWithoutResult((status) -> {
			this.jdbc.update("DELETE FROM GR_REPORTED_WORKBOOK WHERE CHECKSUM = ? AND FOLDER = ?", checksum, folder);
			this.jdbc.update(
					"INSERT INTO GR_REPORTED_WORKBOOK (CHECKSUM, FOLDER, CLIENT, WAVE, FILES, REPORTED_AT) VALUES (?, ?, ?, ?, ?, ?)",
					checksum, folder, client, wave, String.join("\n", files), Timestamp.from(Instant.now()));
		});
	}

}
