package io.gapreport.delivery;

import java.nio.file.Path;
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
 * recipient). Every change commits at once in its own transaction, whatever transaction
 * the caller is in: a claim must be visible before the mail goes out, and a sent mail
 * must stay recorded even if the caller's work is rolled back.
 */
final class DeliveryQueue {

	static final String PENDING = "PENDING";

	static final String SENDING = "SENDING";

	static final String SENT = "SENT";

	static final String FAILED = "FAILED";

	/**
	 * How the last error of a copy begins when a failed attempt may still have reached
	 * the recipient: the copy that a later run sends is then marked as possibly twice.
	 */
	static final String MAYBE_DELIVERED = "may have been delivered: ";

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
				catch (DuplicateKeyException alreadySent) {
					// sent already, or queued by a concurrent run: nothing to do; any
					// other
					// refusal (a value too long…) is an error the workbook's outcome must
					// show
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
	 * Claims a copy for sending: a pending or failed copy, or one claimed by a process
	 * that has died (on this host, known at once) or has held it for
	 * {@link #STALE_CLAIM}.
	 */
	Claim claim(QueuedMail mail, String owner) {
		Timestamp now = now();
		Timestamp stale = Timestamp.from(this.clock.instant().minus(STALE_CLAIM));
		return this.own.execute((status) -> {
			if (this.jdbc.update(
					"UPDATE GR_DELIVERY SET STATUS = ?, CLAIMED_BY = ?, CLAIMED_AT = ?, ATTEMPTS = ATTEMPTS + 1 WHERE CHECKSUM = ? AND RECIPIENT = ? AND STATUS IN (?, ?)",
					SENDING, owner, now, mail.checksum(), mail.recipient(), PENDING, FAILED) == 1) {
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
