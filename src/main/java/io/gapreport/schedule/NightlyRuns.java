package io.gapreport.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import io.gapreport.run.WorkbookOutcome;

/**
 * The {@code serve} loop: one catch-up run at start when a scheduled run was missed, then
 * a run at every fire time, one at a time. A fire time at which another process holds the
 * run lock is skipped, not queued; a run that fails is reported and the loop goes on.
 */
public final class NightlyRuns {

	/** What the loop reports to the person or log watching it. */
	public interface Listener {

		void scheduled(ZonedDateTime next);

		void starting(String why);

		void finished(List<WorkbookOutcome> outcomes);

		void skipped();

		/** The run failed as a whole (the database down…); the loop goes on. */
		void failed(RuntimeException failure);

	}

	private final Schedule schedule;

	private final ScheduleStore store;

	private final Clock clock;

	private final Supplier<Optional<List<WorkbookOutcome>>> run;

	private final Listener listener;

	public NightlyRuns(Schedule schedule, ScheduleStore store, Clock clock,
			Supplier<Optional<List<WorkbookOutcome>>> run, Listener listener) {
		this.schedule = schedule;
		this.store = store;
		this.clock = clock;
		this.run = run;
		this.listener = listener;
	}

	/**
	 * Runs until interrupted, or until {@code maxRuns} runs were started (0: no limit).
	 */
	public void serve(int maxRuns) throws InterruptedException {
		int runs = 0;
		LocalDateTime now = LocalDateTime.now(this.clock);
		if (this.schedule.missed(this.store.lastRun(), now)) {
			runOnce("a scheduled run was missed while gap-report was not running", now);
			runs++;
		}
		ZonedDateTime last = null;
		while (maxRuns == 0 || runs < maxRuns) {
			ZonedDateTime next = this.schedule.next(ZonedDateTime.now(this.clock), last);
			this.listener.scheduled(next);
			waitUntil(next.toInstant());
			runOnce("scheduled", next.toLocalDateTime());
			last = next;
			runs++;
		}
	}

	/**
	 * Sleeps until this loop's clock reads {@code time} or later, never less: a sleep may
	 * end a little early by that clock (rounded to milliseconds, or the clock set back),
	 * so it sleeps again for what is left.
	 */
	private void waitUntil(Instant time) throws InterruptedException {
		for (Duration left = Duration.between(this.clock.instant(), time); left
			.isPositive(); left = Duration.between(this.clock.instant(), time)) {
			Thread.sleep(left.toMillis() + 1);
		}
	}

	/**
	 * Runs once. No failure of a run ends the loop: it is told to the listener, and the
	 * next fire time tries again.
	 */
	private void runOnce(String why, LocalDateTime fireTime) {
		try {
			this.listener.starting(why);
			Optional<List<WorkbookOutcome>> outcomes = this.run.get();
			this.store.recordRun(fireTime);
			outcomes.ifPresentOrElse(this.listener::finished, this.listener::skipped);
		}
		catch (RuntimeException ex) {
			this.listener.failed(ex);
		}
	}

}
