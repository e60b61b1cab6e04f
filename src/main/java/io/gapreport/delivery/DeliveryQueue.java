package io.gapreport.delivery;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The delivery queue in table {@code GR_DELIVERY}, one row per (workbook content,
 * recipient). Every change commits at once in its own transaction, whatever transaction
 * the caller is in: a claim must be visible before the mail goes out, and a sent mail
 * must stay recorded even if the caller's work is rolled back.
 */
final class DeliveryQueue {

	static final String PENDING = "PENDING";

	static final String SENDING = "SENDING";

	static final String SENT = "SENT";

	static final String FAILED = "FAILED";

	/** A claim older than this is taken to be from a process that died while sending. */
	static final Duration STALE_CLAIM = Duration.ofMinutes(10);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate own;

	private final Clock clock;

	DeliveryQueue(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * Queues a copy unless one is queued already; an unsent copy gets the newest report
	 * and text.
	 */
	void enqueue(QueuedMail mail) {
		this.own.executeWithoutResult((status) -> {
			int updated = this.jdbc.update(
					"UPDATE GR_DELIVERY SET REPORT_PATH = ?, SUBJECT = ?, BODY = ?, ATTACH = ? WHERE CHECKSUM = ? AND RECIPIENT = ? AND STATUS <> ?",
					mail.report().toString(), mail.subject(), mail.body(), mail.attach(), mail.checksum(),
					mail.recipient(), SENT);
			if (updated == 0) {
				try {
					this.jdbc.update(
							"INSERT INTO GR_DELIVERY (CHECKSUM, RECIPIENT, REPORT_PATH, SUBJECT, BODY, ATTACH, STATUS, ATTEMPTS, CREATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)",
							mail.checksum(), mail.recipient(), mail.report().toString(), mail.subject(), mail.body(),
							mail.attach(), PENDING, now());
				}
				catch (DataIntegrityViolationException alreadySent) {
					// sent already, or queued by a concurrent run: nothing to do
				}
			}
		});
	}

	/** Every copy queued for {@code checksum}, in recipient order. */
	List<QueuedMail> of(String checksum) {
		return this.jdbc.query(
				"SELECT CHECKSUM, RECIPIENT, REPORT_PATH, SUBJECT, BODY, ATTACH, STATUS FROM GR_DELIVERY WHERE CHECKSUM = ? ORDER BY CREATED_AT, RECIPIENT",
				(row, i) -> new QueuedMail(row.getString(1), row.getString(2), Path.of(row.getString(3)),
						row.getString(4), row.getString(5), row.getBoolean(6), row.getString(7)),
				checksum);
	}

	/** Claims a copy for sending; false when it is sent or being sent by someone else. */
	boolean claim(QueuedMail mail, String owner) {
		Timestamp now = now();
		Timestamp stale = Timestamp.from(this.clock.instant().minus(STALE_CLAIM));
		return Boolean.TRUE.equals(this.own.execute((status) -> this.jdbc.update(
				"UPDATE GR_DELIVERY SET STATUS = ?, CLAIMED_BY = ?, CLAIMED_AT = ?, ATTEMPTS = ATTEMPTS + 1 WHERE CHECKSUM = ? AND RECIPIENT = ? AND (STATUS IN (?, ?) OR (STATUS = ? AND CLAIMED_AT < ?))",
				SENDING, owner, now, mail.checksum(), mail.recipient(), PENDING, FAILED, SENDING, stale) == 1));
	}

	void sent(QueuedMail mail, String owner) {
		this.own.executeWithoutResult((status) -> this.jdbc.update(
				"UPDATE GR_DELIVERY SET STATUS = ?, SENT_AT = ?, LAST_ERROR = NULL WHERE CHECKSUM = ? AND RECIPIENT = ? AND CLAIMED_BY = ?",
				SENT, now(), mail.checksum(), mail.recipient(), owner));
	}

	void failed(QueuedMail mail, String owner, String error) {
		String shortened = (error.length() > 2000) ? error.substring(0, 2000) : error;
		this.own.executeWithoutResult((status) -> this.jdbc.update(
				"UPDATE GR_DELIVERY SET STATUS = ?, LAST_ERROR = ? WHERE CHECKSUM = ? AND RECIPIENT = ? AND CLAIMED_BY = ?",
				FAILED, shortened, mail.checksum(), mail.recipient(), owner));
	}

	/** The status of one copy now, e.g. after a claim was refused. */
	String statusOf(QueuedMail mail) {
		return this.jdbc.queryForObject("SELECT STATUS FROM GR_DELIVERY WHERE CHECKSUM = ? AND RECIPIENT = ?",
				String.class, mail.checksum(), mail.recipient());
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

}
