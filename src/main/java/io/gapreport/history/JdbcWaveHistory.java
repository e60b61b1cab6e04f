package io.gapreport.history;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import io.gapreport.output.Slug;
import io.gapreport.run.WaveHistory;
import io.gapreport.scoring.Scores;
import io.gapreport.scoring.TrendPoint;
import io.gapreport.survey.Engagement;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every reported wave's headline scores in table {@code GR_WAVE}, one row per client and
 * wave. A client is recognised by the slug of its name, so a change of case or accents
 * does not start a new history.
 */
public final class JdbcWaveHistory implements WaveHistory {

	/**
	 * Waves of one client sort by the date they closed when both have one, else by label.
	 */
	static final Comparator<TrendPoint> WAVE_ORDER = (a, b) -> {
		if (a.waveDate() != null && b.waveDate() != null && !a.waveDate().equals(b.waveDate())) {
			return a.waveDate().compareTo(b.waveDate());
		}
		return a.wave().compareTo(b.wave());
	};

	private final JdbcTemplate jdbc;

	public JdbcWaveHistory(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		jdbc.execute("""
				CREATE TABLE IF NOT EXISTS GR_WAVE (
					CLIENT_KEY VARCHAR(200) NOT NULL,
					WAVE VARCHAR(1000) NOT NULL,
					WAVE_DATE DATE,
					CLIENT VARCHAR(1000) NOT NULL,
					GAP5 DOUBLE PRECISION,
					NPS DOUBLE PRECISION,
					REPORTED_AT TIMESTAMP NOT NULL,
					PRIMARY KEY (CLIENT_KEY, WAVE))""");
	}

	@Override
	public List<TrendPoint> earlierWaves(Engagement engagement) {
		var current = new TrendPoint(engagement.wave(), engagement.waveDate(), null, null);
		return this.jdbc
			.query("SELECT WAVE, WAVE_DATE, GAP5, NPS FROM GR_WAVE WHERE CLIENT_KEY = ?",
					(row, i) -> new TrendPoint(row.getString(1), toLocalDate(row.getDate(2)),
							(Double) row.getObject(3, Double.class), (Double) row.getObject(4, Double.class)),
					Slug.of(engagement.client()))
			.stream()
			.filter((point) -> !point.wave().equals(engagement.wave()) && WAVE_ORDER.compare(point, current) < 0)
			.sorted(WAVE_ORDER)
			.toList();
	}

	@Override
	public void record(Scores scores) {
		Engagement engagement = scores.engagement();
		String key = Slug.of(engagement.client());
		TrendPoint point = scores.trendPoint();
		this.jdbc.update("DELETE FROM GR_WAVE WHERE CLIENT_KEY = ? AND WAVE = ?", key, engagement.wave());
		this.jdbc.update(
				"INSERT INTO GR_WAVE (CLIENT_KEY, WAVE, WAVE_DATE, CLIENT, GAP5, NPS, REPORTED_AT) VALUES (?, ?, ?, ?, ?, ?, ?)",
				key, engagement.wave(), (point.waveDate() != null) ? Date.valueOf(point.waveDate()) : null,
				engagement.client(), point.gap5(), point.nps(), Timestamp.from(Instant.now()));
	}

	private static LocalDate toLocalDate(Date date) {
		return (date != null) ? date.toLocalDate() : null;
	}

}
