package io.gapreport.schedule;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
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
		return new NightlyRuns.Listener() {

			@Override
			public void scheduled(LocalDateTime next) {
				events.add("scheduled");
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
