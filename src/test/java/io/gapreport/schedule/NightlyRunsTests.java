package io.gapreport.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.gapreport.run.WorkbookOutcome;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import io.gapreport.testing.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;

class NightlyRunsTests {

	private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

	private final Schedule nightly = Schedule.parse(Schedule.NIGHTLY);

	private final ScheduleStore store = new ScheduleStore(new JdbcTemplate(TestDatabases.migrated(
			new SimpleDriverDataSource(new org.h2.Driver(), "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"),
			"h2")));

	@Test
	void aRunIsMissedWhenAFireTimePassedSinceTheLastRun() {
		LocalDateTime now = LocalDateTime.of(2026, 11, 25, 10, 0);
		assertThat(this.nightly.missed(Optional.of(LocalDateTime.of(2026, 11, 20, 2, 0)), now)).isTrue();
		assertThat(this.nightly.missed(Optional.of(LocalDateTime.of(2026, 11, 24, 2, 0)), now)).isTrue();
		assertThat(this.nightly.missed(Optional.of(LocalDateTime.of(2026, 11, 25, 2, 0)), now)).isFalse();
		assertThat(this.nightly.missed(Optional.empty(), now)).isFalse();
		assertThat(this.nightly.next(now)).isEqualTo(LocalDateTime.of(2026, 11, 26, 2, 0));
	}

	@Test
	void eachSlotFiresOnceWhenClocksGoBack() {
		// Warsaw, 25 October 2026: 03:00 summer time becomes 02:00 winter time
		ZonedDateTime evening = ZonedDateTime.of(2026, 10, 24, 23, 0, 0, 0, WARSAW);
		assertThat(fireTimes(this.nightly, evening, 3)).containsExactly("2026-10-25T02:00+02:00",
				"2026-10-26T02:00+01:00", "2026-10-27T02:00+01:00");
		assertThat(fireTimes(Schedule.parse("0 30 * * * *"), evening, 6)).containsExactly("2026-10-24T23:30+02:00",
				"2026-10-25T00:30+02:00", "2026-10-25T01:30+02:00", "2026-10-25T02:30+02:00", "2026-10-25T03:30+01:00",
				"2026-10-25T04:30+01:00");
		// started in the repeated hour, after 02:30 had passed in summer time: 02:30 is
		// still
		// ahead on the wall clock, and fires in winter time, not at once
		assertThat(this.nightly
			.next(ZonedDateTime.ofLocal(LocalDateTime.of(2026, 10, 25, 2, 10), WARSAW, ZoneOffset.ofHours(1)), null))
			.hasToString("2026-10-26T02:00+01:00[Europe/Warsaw]");
		assertThat(Schedule.parse("0 30 2 * * *")
			.next(ZonedDateTime.ofLocal(LocalDateTime.of(2026, 10, 25, 2, 10), WARSAW, ZoneOffset.ofHours(1)), null))
			.hasToString("2026-10-25T02:30+01:00[Europe/Warsaw]");
	}

	@Test
	void aSlotInTheHourSkippedWhenClocksGoForwardFiresAsThatHourEnds() {
		// Warsaw, 29 March 2026: 02:00 winter time becomes 03:00 summer time
		ZonedDateTime evening = ZonedDateTime.of(2026, 3, 28, 23, 0, 0, 0, WARSAW);
		assertThat(fireTimes(this.nightly, evening, 3)).containsExactly("2026-03-29T03:00+02:00",
				"2026-03-30T02:00+02:00", "2026-03-31T02:00+02:00");
		assertThat(fireTimes(Schedule.parse("0 30 2 * * *"), evening, 2)).containsExactly("2026-03-29T03:30+02:00",
				"2026-03-30T02:30+02:00");
	}

	@Test
	void aScheduledRunNeverStartsBeforeItsTime() throws InterruptedException {
		List<ZonedDateTime> scheduled = new ArrayList<>();
		List<Instant> started = new ArrayList<>();
		new NightlyRuns(Schedule.parse("* * * * * *"), this.store, Clock.systemDefaultZone(), () -> {
			started.add(Instant.now());
			return Optional.of(List.of());
		}, listener(new ArrayList<>(), scheduled)).serve(3);
		assertThat(started).hasSize(3);
		for (int i = 0; i < 3; i++) {
			assertThat(started.get(i)).isAfterOrEqualTo(scheduled.get(i).toInstant());
		}
		// one second apart: no slot twice, none skipped
		assertThat(Duration.between(scheduled.get(0), scheduled.get(2))).isEqualTo(Duration.ofSeconds(2));
	}

	/**
	 * The first {@code count} times {@code schedule} fires after {@code start}, each run
	 * taking a second.
	 */
	private static List<String> fireTimes(Schedule schedule, ZonedDateTime start, int count) {
		List<String> times = new ArrayList<>();
		ZonedDateTime now = start;
		ZonedDateTime last = null;
		for (int i = 0; i < count; i++) {
			last = schedule.next(now, last);
			times.add(last.toOffsetDateTime().toString());
			now = last.plusSeconds(1);
		}
		return times;
	}

	@Test
	void daysOfDowntimeLeadToOneRunAtStartNotAPile() throws InterruptedException {
		this.store.recordRun(LocalDateTime.now().minusDays(5));
		var runs = new AtomicInteger();
		var events = new ArrayList<String>();
		new NightlyRuns(this.nightly, this.store, Clock.systemDefaultZone(), () -> {
			runs.incrementAndGet();
			return Optional.of(List.of());
		}, listener(events)).serve(1);
		assertThat(runs).hasValue(1);
		assertThat(events).containsExactly("starting a scheduled run was missed while gap-report was not running",
				"finished");
		assertThat(this.nightly.missed(this.store.lastRun(), LocalDateTime.now())).isFalse();
	}

	@Test
	void runsAtEveryFireTimeAndSkipsWhenAnotherProcessIsRunning() throws InterruptedException {
		var runs = new AtomicInteger();
		var events = new ArrayList<String>();
		Clock clock = Clock.system(ZoneId.systemDefault());
		new NightlyRuns(Schedule.parse("* * * * * *"), this.store, clock,
				() -> (runs.incrementAndGet() == 1) ? Optional.<List<WorkbookOutcome>>empty() : Optional.of(List.of()),
				listener(events))
			.serve(2);
		assertThat(runs).hasValue(2);
		assertThat(events).containsSubsequence("scheduled", "starting scheduled", "skipped", "scheduled",
				"starting scheduled", "finished");
	}

	@Test
	void aRunThatFailsIsToldAndTheLoopGoesOnToTheNextFireTime() throws InterruptedException {
		var runs = new AtomicInteger();
		var events = new ArrayList<String>();
		new NightlyRuns(Schedule.parse("* * * * * *"), this.store, Clock.systemDefaultZone(), () -> {
			if (runs.incrementAndGet() == 1) {
				throw new IllegalStateException("the job database is unreachable");
			}
			return Optional.of(List.of());
		}, listener(events)).serve(2);
		assertThat(runs).hasValue(2);
		assertThat(events).containsSubsequence("starting scheduled", "failed the job database is unreachable",
				"starting scheduled", "finished");
	}

	private static NightlyRuns.Listener listener(List<String> events) {
		return listener(events, new ArrayList<>());
	}

	private static NightlyRuns.Listener listener(List<String> events, List<ZonedDateTime> scheduled) {
		return new NightlyRuns.Listener() {

			@Override
			public void scheduled(ZonedDateTime next) {
				events.add("scheduled");
				scheduled.add(next);
			}

			@Override
			public void starting(String why) {
				events.add("starting " + why);
			}

			@Override
			public void finished(List<WorkbookOutcome> outcomes) {
				events.add("finished");
			}

			@Override
			public void skipped() {
				events.add("skipped");
			}

			@Override
			public void failed(RuntimeException failure) {
				events.add("failed " + failure.getMessage());
			}

		};
	}

}
