package io.gapreport.schedule;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.support.CronExpression;

/**
 * When scheduled runs are due: the next fire time of a cron expression, and whether a run
 * was missed while the program was down.
 *
 * @param cron the schedule, six fields (second minute hour day month weekday)
 */
public record Schedule(CronExpression cron) {

	/** Nightly at two in the morning. */
	public static final String NIGHTLY = "0 0 2 * * *";

	/**
	 * The schedule of {@code expression}; a bad expression, or one that never fires (the
	 * 31st of February), fails with a message saying why.
	 */
	public static Schedule parse(String expression) {
		CronExpression cron;
		try {
			cron = CronExpression.parse(expression);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("bad cron expression \"" + expression + "\" (six fields: second minute "
					+ "hour day month weekday, e.g. \"" + NIGHTLY + "\"): " + ex.getMessage(), ex);
		}
		// the fields have no year and Spring's search looks years ahead (leap days
		// included): an expression it finds no date for never fires
		if (cron.next(LocalDateTime.of(2000, 1, 1, 0, 0)) == null) {
			throw new IllegalArgumentException("cron expression \"" + expression
					+ "\" never fires: no date matches its day, month and weekday fields");
		}
		return new Schedule(cron);
	}

	/** The first fire time after {@code now}, in wall-clock time. */
	public LocalDateTime next(LocalDateTime now) {
		LocalDateTime next = this.cron.next(now);
		if (next == null) {
			throw new IllegalStateException("the cron expression never fires");
		}
		return next;
	}

	/**
	 * When to fire next: the first slot (a wall-clock time of the expression) after
	 * {@code now} and after the slot that fired last ({@code last}, null for none), as a
	 * time in {@code now}'s zone. Slots are wall-clock times, so each fires once across
	 * daylight-saving changes: in the hour that repeats when clocks go back, a slot that
	 * fired in its first pass does not fire again in the second; a slot in the hour
	 * skipped when clocks go forward fires an hour later (02:30 at 03:30).
	 */
	public ZonedDateTime next(ZonedDateTime now, @Nullable ZonedDateTime last) {
		LocalDateTime after = now.toLocalDateTime();
		if (last != null && last.toLocalDateTime().isAfter(after)) {
			after = last.toLocalDateTime();
		}
		return ZonedDateTime.ofLocal(next(after), now.getZone(), now.getOffset());
	}

	/**
	 * Whether a scheduled run was missed: a fire time passed after the last scheduled run
	 * and before {@code now}. However many were missed, one run makes up for them.
	 */
	public boolean missed(Optional<LocalDateTime> lastRun, LocalDateTime now) {
		return lastRun.map((last) -> {
			LocalDateTime due = this.cron.next(last);
			return due != null && !due.isAfter(now);
		}).orElse(false);
	}

}
