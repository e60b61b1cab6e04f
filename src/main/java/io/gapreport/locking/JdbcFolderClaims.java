package io.gapreport.locking;

import java.util.Optional;

import io.gapreport.run.FolderClaims;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The report folders of one run (a job instance) in table {@code GR_RUN_FOLDER}, shared
 * by every process and thread of the run and by its restarts. A claim commits at once in
 * its own transaction, so a failed insert never spoils the caller's.
 */
public final class JdbcFolderClaims implements FolderClaims {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate own;

	private final long run;

	public JdbcFolderClaims(JdbcTemplate jdbc, PlatformTransactionManager transactions, long run) {
		this.jdbc = jdbc;
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.run = run;
	}

	@Override
	public Optional<String> claim(String folder, String workbook) {
		String first = claimant(folder);
		if (first == null) {
			try {
				this.own.executeWithoutResult((status) -> this.jdbc.update(
						"INSERT INTO GR_RUN_FOLDER (JOB_INSTANCE_ID, FOLDER, WORKBOOK) VALUES (?, ?, ?)", this.run,
						folder, workbook));
				return Optional.empty();
			}
			catch (DataIntegrityViolationException claimedMeanwhile) {
				first = claimant(folder);
			}
		}
		return workbook.equals(first) ? Optional.empty() : Optional.ofNullable(first);
	}

	private String claimant(String folder) {
		return this.own.execute((status) -> this.jdbc.query(
				"SELECT WORKBOOK FROM GR_RUN_FOLDER WHERE JOB_INSTANCE_ID = ? AND FOLDER = ?",
				(rs) -> rs.next() ? rs.getString(1) : null, this.run, folder));
	}

}
