package io.gapreport.locking;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.gapreport.run.Owners;
import io.gapreport.run.RunLock;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A lease on row {@code run} of table {@code GR_LOCK}: taken by inserting or by taking
 * over an expired lease, renewed while held, deleted when done. A process that dies
 * leaves a lease that expires, so the next run is never blocked for long.
 */
public final class JdbcRunLock implements RunLock {

	static final String NAME = "run";

	private static final System.Logger LOGGER = System.getLogger(JdbcRunLock.class.getName());

	private final JdbcTemplate jdbc;

	private final String owner;

	private final Duration lease;

	private final Clock clock;

	public JdbcRunLock(JdbcTemplate jdbc, String owner, Duration lease, Clock clock) {
		this.jdbc = jdbc;
		this.owner = owner;
		this.lease = lease;
		this.clock = clock;
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
		long every = Math.max(10, this.lease.toMillis() / 3);
		renewer.scheduleWithFixedDelay(() -> renew(lost), every, every, TimeUnit.MILLISECONDS);
		return new Held() {

			@Override
			public String owner() {
				return JdbcRunLock.this.owner;
			}

			@Override
			public boolean stillHeld() {
				return !lost.get();
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
				"SELECT COUNT(*) FROM GR_LOCK WHERE NAME = ? AND OWNER = ? AND EXPIRES_AT >= ?", Integer.class, NAME,
				owner, Timestamp.from(this.clock.instant()));
		return rows != null && rows > 0;
	}

	/** The current holder of the lock, or null. */
	public String holder() {
		return this.jdbc.query("SELECT OWNER FROM GR_LOCK WHERE NAME = ? AND EXPIRES_AT >= ?",
				(rs) -> rs.next() ? rs.getString(1) : null, NAME, Timestamp.from(this.clock.instant()));
	}

	boolean take() {
		Instant now = this.clock.instant();
		Timestamp expires = Timestamp.from(now.plus(this.lease));
		try {
			this.jdbc.update("INSERT INTO GR_LOCK (NAME, OWNER, EXPIRES_AT) VALUES (?, ?, ?)", NAME, this.owner,
					expires);
			return true;
		}
		catch (DataIntegrityViolationException ex) {
			if (this.jdbc.update(
					"UPDATE GR_LOCK SET OWNER = ?, EXPIRES_AT = ? WHERE NAME = ? AND (EXPIRES_AT < ? OR OWNER = ?)",
					this.owner, expires, NAME, Timestamp.from(now), this.owner) == 1) {
				return true;
			}
			String holder = this.jdbc.query("SELECT OWNER FROM GR_LOCK WHERE NAME = ?",
					(rs) -> rs.next() ? rs.getString(1) : null, NAME);
			return holder != null && Owners.isDeadOnThisHost(holder, this.owner)
					&& this.jdbc.update("UPDATE GR_LOCK SET OWNER = ?, EXPIRES_AT = ? WHERE NAME = ? AND OWNER = ?",
							this.owner, expires, NAME, holder) == 1;
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
			int renewed = this.jdbc.update("UPDATE GR_LOCK SET EXPIRES_AT = ? WHERE NAME = ? AND OWNER = ?",
					Timestamp.from(this.clock.instant().plus(this.lease)), NAME, this.owner);
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
