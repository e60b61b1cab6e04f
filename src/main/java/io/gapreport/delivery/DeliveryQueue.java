package io.gapreport.delivery;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.gapreport.run.Owners;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The delivery queue in table {@code GR_DELIVERY}, one row per (workbook content,
 * recipient). A copy is queued in the transaction that records its report (nested, so
 * that a refused row never aborts that transaction), so that a report and its mail are
 * recorded together or not at all; every change made while sending commits at once in a
 * transaction of its own: a claim must be visible before the mail goes out, and a sent
 * mail must stay recorded whatever happens next.
 */
final class DeliveryQueue {

	static final String PENDING = "PENDING";

	static final String SENDING = "SENDING";

	static final String SENT = "SENT";

	static final String FAILED = "FAILED";

	/** Refused for good by the server (a 5xx answer): not due unless the user asks. */
	static final String REFUSED = "REFUSED";

	/** An unsent copy whose report was replaced by a newer one for the same recipient. */
	static final String SUPERSEDED = "SUPERSEDED";

	/**
	 * How the last error of a copy begins when a failed attempt may still have reached
	 * the recipient: the copy that a later attempt sends is then marked as possibly
	 * twice.
	 */
	static final String MAYBE_DELIVERED = "may have been delivered: ";

	/** A claim older than this is taken to be from a process that died while sending. */
	static final Duration STALE_CLAIM = Duration.ofMinutes(10);

	private static final String COLUMNS = "CHECKSUM, RECIPIENT, WORKBOOK, CLIENT, WAVE, REPORT_PATH, SUBJECT, BODY, ATTACH, STATUS, LAST_ERROR, UNIT, SOURCE_CHECKSUM, HTML_BODY";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate own;

	private final TransactionTemplate nested;

	private final Clock clock;

	DeliveryQueue(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.nested = new TransactionTemplate(transactions);
		this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.clock = clock;
	}

	/**
	 * Queues a copy unless one is queued already (an unsent copy gets the newest report
	 * and words, plain and HTML), and supersedes the unsent copies of another content's
	 * report in the same place for the same recipient: that report file is now this one.
	 */
	void enqueue(QueuedMail mail) {
		try {
			this.nested.executeWithoutResult((status) -> {
				this.jdbc.update(
						"UPDATE GR_DELIVERY SET STATUS = ? WHERE REPORT_PATH = ? AND RECIPIENT = ? AND CHECKSUM <> ? AND STATUS IN (?, ?, ?)",
						SUPERSEDED, mail.report().toString(), mail.recipient(), mail.checksum(), PENDING, FAILED,
						REFUSED);
				int updated = this.jdbc.update(
						"UPDATE GR_DELIVERY SET WORKBOOK = ?, CLIENT = ?, WAVE = ?, REPORT_PATH = ?, SUBJECT = ?, BODY = ?, HTML_BODY = ?, ATTACH = ?, STATUS = CASE WHEN STATUS = ? THEN ? ELSE STATUS END WHERE CHECKSUM = ? AND RECIPIENT = ? AND STATUS NOT IN (?, ?)",
						mail.workbook(), mail.client(), mail.wave(), mail.report().toString(), mail.subject(),
						mail.body(), mail.htmlBody(), mail.attach(), SUPERSEDED, PENDING, mail.checksum(),
						mail.recipient(), SENT, REFUSED);
				if (updated == 0) {
					this.jdbc.update("INSERT INTO GR_DELIVERY (" + COLUMNS
							+ ", ATTEMPTS, CREATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, 0, ?)",
							mail.checksum(), mail.recipient(), mail.workbook(), mail.client(), mail.wave(),
							mail.report().toString(), mail.subject(), mail.body(), mail.attach(), PENDING, mail.unit(),
							mail.source(), mail.htmlBody(), now());
				}
			});
		}
		catch (DuplicateKeyException alreadyThere) {
			// sent or refused already, or queued by a concurrent run: nothing to do; any
			// other refusal (a value too long…) is an error the workbook's outcome shows
		}
	}

	/**
	 * Names {@code workbook} as where the copies of {@code checksum} (its client's and
	 * its units' reports) come from now (the same content moved), in the caller's
	 * transaction.
	 */
	void seenAt(String checksum, String workbook) {
		this.nested.executeWithoutResult((status) -> this.jdbc.update(
				"UPDATE GR_DELIVERY SET WORKBOOK = ? WHERE (CHECKSUM = ? OR SOURCE_CHECKSUM = ?) AND (WORKBOOK IS NULL OR WORKBOOK <> ?)",
				workbook, checksum, checksum, workbook));
	}

	/**
	 * Every copy queued for the workbook content {@code checksum}, its client's report's
	 * and its units', in the order they were queued.
	 */
	List<QueuedMail> of(String checksum) {
		return this.jdbc.query("SELECT " + COLUMNS
				+ " FROM GR_DELIVERY WHERE CHECKSUM = ? OR SOURCE_CHECKSUM = ? ORDER BY CREATED_AT, UNIT NULLS FIRST, RECIPIENT",
				DeliveryQueue::row, checksum, checksum);
	}

	/**
	 * Every copy still to send whose report lies in {@code output}, oldest first:
	 * pending, failed, claimed (the claim decides whether its sender is gone) and, when
	 * {@code refusedToo}, refused.
	 */
	List<QueuedMail> due(Path output, boolean refusedToo) {
		Path folder = output.toAbsolutePath().normalize();
		return this.own
			.execute((status) -> this.jdbc.query(
					"SELECT " + COLUMNS
							+ " FROM GR_DELIVERY WHERE STATUS IN (?, ?, ?, ?) ORDER BY CREATED_AT, CHECKSUM, RECIPIENT",
					DeliveryQueue::row, PENDING, FAILED, SENDING, refusedToo ? REFUSED : FAILED))
			.stream()
			.filter((mail) -> mail.report().toAbsolutePath().normalize().startsWith(folder))
			.toList();
	}

	/** How a claim went. */
	enum Claim {

		/** Claimed a copy nobody was sending. */
		CLAIMED,
		/**
		 * Claimed a copy that may have been sent already: taken over from a sender that
		 * died or went silent for {@link #STALE_CLAIM} (it may have sent the copy before
		 * it could record it), or failed after an attempt that may have been delivered.
		 */
		MAYBE_SENT,
		/** Sent already, or being sent by a live process. */
		REFUSED

	}

	/**
	 * Claims a copy for sending: a pending or failed copy (or a refused one, when
	 * {@code refusedToo}), or one claimed by a process that has died (on this host, known
	 * at once) or has held it for {@link #STALE_CLAIM}.
	 */
	Claim claim(QueuedMail mail, String owner, boolean refusedToo) {
		Timestamp now = now();
		Timestamp stale = Timestamp.from(this.clock.instant().minus(STALE_CLAIM));
		return this.own.execute((status) -> {
			if (this.jdbc.update(
					"UPDATE GR_DELIVERY SET STATUS = ?, CLAIMED_BY = ?, CLAIMED_AT = ?, ATTEMPTS = ATTEMPTS + 1 WHERE CHECKSUM = ? AND RECIPIENT = ? AND STATUS IN (?, ?, ?)",
					SENDING, owner, now, mail.checksum(), mail.recipient(), PENDING, FAILED,
					refusedToo ? REFUSED : FAILED) == 1) {
				String lastError = this.jdbc.query(
						"SELECT LAST_ERROR FROM GR_DELIVERY WHERE CHECKSUM = ? AND RECIPIENT = ?",
						(rs) -> rs.next() ? rs.getString(1) : null, mail.checksum(), mail.recipient());
				return (lastError != null && lastError.startsWith(MAYBE_DELIVERED)) ? Claim.MAYBE_SENT : Claim.CLAIMED;
			}
			String holder = this.jdbc.query(
					"SELECT CLAIMED_BY FROM GR_DELIVERY WHERE CHECKSUM = ? AND RECIPIENT = ? AND STATUS = ?",
					(rs) -> rs.next() ? rs.getString(1) : null, mail.checksum(), mail.recipient(), SENDING);
			if (holder == null) {
				return Claim.REFUSED;
			}
			boolean dead = Owners.isDeadOnThisHost(holder, owner);
			int taken = this.jdbc.update(
					"UPDATE GR_DELIVERY SET CLAIMED_BY = ?, CLAIMED_AT = ?, ATTEMPTS = ATTEMPTS + 1 WHERE CHECKSUM = ? AND RECIPIENT = ? AND STATUS = ? AND CLAIMED_BY = ? AND (? OR CLAIMED_AT < ?)",
					owner, now, mail.checksum(), mail.recipient(), SENDING, holder, dead, stale);
			return (taken == 1) ? Claim.MAYBE_SENT : Claim.REFUSED;
		});
	}

	void sent(QueuedMail mail, String owner) {
		this.own.executeWithoutResult((status) -> this.jdbc.update(
				"UPDATE GR_DELIVERY SET STATUS = ?, SENT_AT = ?, LAST_ERROR = NULL WHERE CHECKSUM = ? AND RECIPIENT = ? AND CLAIMED_BY = ?",
				SENT, now(), mail.checksum(), mail.recipient(), owner));
	}

	/** Records a failed attempt: {@link #FAILED} (due again), or {@link #REFUSED}. */
	void failed(QueuedMail mail, String owner, String status, String error) {
		String shortened = (error.length() > 2000) ? error.substring(0, 2000) : error;
		this.own.executeWithoutResult((tx) -> this.jdbc.update(
				"UPDATE GR_DELIVERY SET STATUS = ?, LAST_ERROR = ? WHERE CHECKSUM = ? AND RECIPIENT = ? AND CLAIMED_BY = ?",
				status, shortened, mail.checksum(), mail.recipient(), owner));
	}

	/** The status of one copy now, e.g. after a claim was refused. */
	String statusOf(QueuedMail mail) {
		return this.jdbc.queryForObject("SELECT STATUS FROM GR_DELIVERY WHERE CHECKSUM = ? AND RECIPIENT = ?",
				String.class, mail.checksum(), mail.recipient());
	}

	private static QueuedMail row(ResultSet row, int index) throws SQLException {
		return new QueuedMail(row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
				Path.of(row.getString(6)), row.getString(7), row.getString(8), row.getBoolean(9), row.getString(10),
				row.getString(11), row.getString(12), row.getString(13), row.getString(14));
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

}
