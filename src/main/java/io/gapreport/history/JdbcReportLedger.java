package io.gapreport.history;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import io.gapreport.run.ReportLedger;
import org.springframework.jdbc.core.JdbcTemplate;

/** The report ledger in table {@code GR_REPORTED_WORKBOOK}. */
public final class JdbcReportLedger implements ReportLedger {

	private final JdbcTemplate jdbc;

	public JdbcReportLedger(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean isReported(String checksum, String folder) {
		Integer count = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM GR_REPORTED_WORKBOOK WHERE CHECKSUM = ? AND FOLDER = ?", Integer.class, checksum,
				folder);
		return count != null && count > 0;
	}

	@Override
	public void recordReported(String checksum, String folder, String client, String wave, List<String> files) {
		this.jdbc.update("DELETE FROM GR_REPORTED_WORKBOOK WHERE CHECKSUM = ? AND FOLDER = ?", checksum, folder);
		this.jdbc.update(
				"INSERT INTO GR_REPORTED_WORKBOOK (CHECKSUM, FOLDER, CLIENT, WAVE, FILES, REPORTED_AT) VALUES (?, ?, ?, ?, ?, ?)",
				checksum, folder, client, wave, String.join("\n", files), Timestamp.from(Instant.now()));
	}

}
