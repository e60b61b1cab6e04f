package io.gapreport.schedule;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/** The time of the last scheduled run, in table {@code GR_SCHEDULE}. */
public final class ScheduleStore {

	private static final String NAME = "nightly";

	private final JdbcTemplate jdbc;

	public ScheduleStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<LocalDateTime> lastRun() {
		return Optional.ofNullable(this.jdbc.query("SELECT LAST_RUN FROM GR_SCHEDULE WHERE NAME = ?",
				(rs) -> rs.next() ? rs.getTimestamp(1).toLocalDateTime() : null, NAME));
	}

	public void recordRun(LocalDateTime time) {
		if (this.jdbc.update("UPDATE GR_SCHEDULE SET LAST_RUN = ? WHERE NAME = ?", Timestamp.valueOf(time),
				NAME) == 0) {
			this.jdbc.update("INSERT INTO GR_SCHEDULE (NAME, LAST_RUN) VALUES (?, ?)", NAME, Timestamp.valueOf(time));
		}
	}

}
