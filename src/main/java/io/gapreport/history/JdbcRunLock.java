package io.gapreport.history;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

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
		long every = Math.max(10, this.lease.toMillis() / 3);
		renewer.scheduleAtFixedRate(this::renew, every, every, TimeUnit.MILLISECONDS);
		return () -> {
			renewer.shutdownNow();
			this.jdbc.update("DELETE FROM GR_LOCK WHERE NAME = ? AND OWNER = ?", NAME, this.owner);
		};
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
			return holder != null && isDeadProcessOnThisHost(holder)
					&& this.jdbc.update("UPDATE GR_LOCK SET OWNER = ?, EXPIRES_AT = ? WHERE NAME = ? AND OWNER = ?",
							this.owner, expires, NAME, holder) == 1;
		}
	}

	/**
	 * Whether {@code holder} ({@code pid@host}) is a process of this host that has ended:
	 * a run that was killed need not make the next one wait for its lease to expire.
	 */
	boolean isDeadProcessOnThisHost(String holder) {
		int at = holder.indexOf('@');
		String ownHost = this.owner.substring(this.owner.indexOf('@') + 1);
		if (at < 0 || !holder.substring(at + 1).equals(ownHost)) {
			return false;
		}
		try {
			long pid = Long.parseLong(holder.substring(0, at));
			return ProcessHandle.of(pid).map((process) -> !process.isAlive()).orElse(true);
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	private void renew() {
		this.jdbc.update("UPDATE GR_LOCK SET EXPIRES_AT = ? WHERE NAME = ? AND OWNER = ?",
				Timestamp.from(this.clock.instant().plus(this.lease)), NAME, this.owner);
	}

}
