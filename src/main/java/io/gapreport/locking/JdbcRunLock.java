package io.gapreport.locking;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.gapreport.run.Owners;
import io.gapreport.run.RunLock;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A lease on row {@code run} of table {@code GR_LOCK}: taken by inserting or by taking
 * over an expired lease, renewed while held, deleted when done. A process that dies
 * leaves a lease that expires, so the next run is never blocked for long. Leases are
 * timed by the database's clock, never a machine's own, so that machines whose clocks
 * disagree agree on when a lease ran out: {@code EXPIRES_AT} holds UTC, from the
 * database's {@code CURRENT_TIMESTAMP}, whatever the session's time zone.
 */
public final class JdbcRunLock implements RunLock {

	static final String NAME = "run";

	private static final System.Logger LOGGER = System.getLogger(JdbcRunLock.class.getName());

	/** The database's time now, in UTC: the same for every session. */
	private static final String NOW = "(TIMESTAMP '1970-01-01 00:00:00' + EXTRACT(EPOCH FROM CURRENT_TIMESTAMP) * INTERVAL '1' SECOND)";

	/** The database's time a lease (a parameter, in seconds) from now, in UTC. */
	private static final String LEASE_END = "(TIMESTAMP '1970-01-01 00:00:00' + (EXTRACT(EPOCH FROM CURRENT_TIMESTAMP) + CAST(? AS NUMERIC(12, 3))) * INTERVAL '1' SECOND)";

	private final JdbcTemplate jdbc;

	private final String owner;

	private final Duration lease;

	private final BigDecimal leaseSeconds;

	/** The owner of the expired lease the last {@link #take} took over, or null. */
	private volatile @Nullable String tookOverFrom;

	public JdbcRunLock(JdbcTemplate jdbc, String owner, Duration lease) {
		this.jdbc = jdbc;
		this.owner = owner;
		this.lease = lease;
		this.leaseSeconds = BigDecimal.valueOf(lease.toMillis(), 3);
	}

	@Override
	public Held acquire(Runnable waiting) throws InterruptedException {
		boolean told = false;
		while (!take()) {
			if (!told) {
				waiting.run();
				told = true;
			}
			Thread.sleep(Math.min(2000, Math.max(50, this.lease.toMillis() / 10)));
		}
		return held();
	}

	@Override
	public Optional<Held> tryAcquire() {
		return take() ? Optional.of(held()) : Optional.empty();
	}

	private Held held() {
		ScheduledExecutorService renewer = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "gap-report-lock");
			thread.setDaemon(true);
			return thread;
		});
		AtomicBoolean lost = new AtomicBoolean();
		Optional<String> previous = Optional.ofNullable(this.tookOverFrom);
		long every = Math.max(10, this.lease.toMillis() / 3);
		renewer.scheduleWithFixedDelay(() -> renew(lost), every, every, TimeUnit.MILLISECONDS);
		return new Held() {

			@Override
			public String owner() {
				return JdbcRunLock.this.owner;
			}

			@Override
			public boolean stillHeld() {
				if (lost.get()) {
					return false;
				}
				try {
					// the row, not the renewer's last look: a run paused past its lease
					// (frozen, or its machine asleep) learns at once that another took it
					String holder = JdbcRunLock.this.jdbc.query("SELECT OWNER FROM GR_LOCK WHERE NAME = ?",
							(rs) -> rs.next() ? rs.getString(1) : null, NAME);
					return JdbcRunLock.this.owner.equals(holder);
				}
				catch (RuntimeException ex) {
					LOGGER.log(System.Logger.Level.WARNING, "could not read the run lock; going on", ex);
					return true;
				}
			}

			@Override
			public Optional<String> tookOverFrom() {
				return previous;
			}

			@Override
			public void close() {
				renewer.shutdownNow();
				JdbcRunLock.this.jdbc.update("DELETE FROM GR_LOCK WHERE NAME = ? AND OWNER = ?", NAME,
						JdbcRunLock.this.owner);
			}

		};
	}

	/** One look-up of the lock's row by its primary key. */
	@Override
	public boolean heldBy(String owner) {
		Integer rows = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM GR_LOCK WHERE NAME = ? AND OWNER = ? AND EXPIRES_AT >= " + NOW, Integer.class,
				NAME, owner);
		return rows != null && rows > 0;
	}

	/** The current holder of the lock, or null. */
	public String holder() {
		return this.jdbc.query("SELECT OWNER FROM GR_LOCK WHERE NAME = ? AND EXPIRES_AT >= " + NOW,
				(rs) -> rs.next() ? rs.getString(1) : null, NAME);
	}

	boolean take() {
		this.tookOverFrom = null;
		try {
			this.jdbc.update("INSERT INTO GR_LOCK (NAME, OWNER, EXPIRES_AT) VALUES (?, ?, " + LEASE_END + ")", NAME,
					this.owner, this.leaseSeconds);
			return true;
		}
		catch (DataIntegrityViolationException ex) {
			String holder = this.jdbc.query("SELECT OWNER FROM GR_LOCK WHERE NAME = ?",
					(rs) -> rs.next() ? rs.getString(1) : null, NAME);
			if (this.jdbc.update("UPDATE GR_LOCK SET OWNER = ?, EXPIRES_AT = " + LEASE_END
					+ " WHERE NAME = ? AND (EXPIRES_AT < " + NOW + " OR OWNER = ?)", this.owner, this.leaseSeconds,
					NAME, this.owner) == 1) {
				this.tookOverFrom = (holder == null || holder.equals(this.owner)) ? null : holder;
				return true;
			}
			return holder != null && Owners.isDeadOnThisHost(holder, this.owner)
					&& this.jdbc.update(
							"UPDATE GR_LOCK SET OWNER = ?, EXPIRES_AT = " + LEASE_END + " WHERE NAME = ? AND OWNER = ?",
							this.owner, this.leaseSeconds, NAME, holder) == 1;
		}
	}

	/**
	 * Extends the lease. A renewal that fails (the database away for a moment) is logged
	 * and tried again at the next turn, never given up; one that finds the row gone takes
	 * the lock back if it is free, and otherwise marks it lost, so that the run stops
	 * before its next workbook instead of overlapping another.
	 */
	void renew(AtomicBoolean lost) {
		if (lost.get()) {
			return;
		}
		try {
			int renewed = this.jdbc.update(
					"UPDATE GR_LOCK SET EXPIRES_AT = " + LEASE_END + " WHERE NAME = ? AND OWNER = ?", this.leaseSeconds,
					NAME, this.owner);
			if (renewed == 0 && !take()) {
				lost.set(true);
				LOGGER.log(System.Logger.Level.ERROR,
						"the run lock was taken by " + holder() + " after its lease ran out; this run stops");
			}
		}
		catch (RuntimeException ex) {
			LOGGER.log(System.Logger.Level.WARNING, "could not renew the run lock; trying again", ex);
		}
	}

}
